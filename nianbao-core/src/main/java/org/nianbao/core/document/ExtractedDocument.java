package org.nianbao.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as extracted by a {@link DocumentReader}: its blocks in reading order.
 *
 * @param name the file name or other label of the source, for messages
 * @param format the format it was read from
 * @param blocks paragraphs and tables in reading order
 */
public record ExtractedDocument(String name, SourceFormat format, List<Block> blocks) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
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
