package org.nianbao.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A document as extracted by a {@link DocumentReader}: its blocks in reading order.
 *
 * @param name the file name or other label of the source, for messages
 * @param format the format it was read from
 * @param blocks paragraphs and tables in reading order
 * @param ocrPages the 1-based pages whose text was read by OCR from an image (a scan), not from a text layer
 */
public record ExtractedDocument(String name, SourceFormat format, List<Block> blocks, Set<Integer> ocrPages) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        ocrPages = Set.copyOf(ocrPages);
    }

    /** A document read entirely from its text (no OCR). */
    public ExtractedDocument(String name, SourceFormat format, List<Block> blocks) {
        this(name, format, blocks, Set.of());
    }

    /** A document of plain text lines, numbered from 1. */
    public static ExtractedDocument ofLines(String name, List<String> lines) {
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(new Block.Paragraph(lines.get(i), SourceRef.line(i + 1)));
        }
        return new ExtractedDocument(name, SourceFormat.TEXT, blocks);
    }
}
