package org.nianbao.core.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceRef;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/**
 * {@code source.ocr}: one finding for every table row whose values were read by OCR, so that no value from a scan
 * passes unmarked. It needs the document (which pages were scanned) and so runs here, after the rules.
 */
final class OcrFindings {
    private OcrFindings() {}

    static List<Finding> of(ExtractedDocument document, Provenance provenance) {
        if (document.ocrPages().isEmpty()) {
            return List.of();
        }
        Map<Integer, Block.Row> rows = new TreeMap<>();
        Map<Integer, SourceRef> paragraphs = new TreeMap<>();
        Map<Integer, String> texts = new TreeMap<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Table table) {
                for (Block.Row row : table.rows()) {
                    rows.put(row.source().line(), row);
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                paragraphs.put(paragraph.source().line(), paragraph.source());
                texts.put(paragraph.source().line(), paragraph.text());
            }
        }
        // the row path of each source line that holds cells: the shortest path seen on it
        Map<Integer, String> rowPaths = new TreeMap<>();
        provenance.lines().forEach((path, line) -> {
            if (path.chars().filter(c -> c == '.').count() >= 1) {
                rowPaths.merge(line, rowPath(path), (a, b) -> a.length() <= b.length() ? a : b);
            }
        });
        List<Finding> findings = new ArrayList<>();
        rowPaths.forEach((line, path) -> {
            SourceRef source = rows.containsKey(line) ? rows.get(line).source() : paragraphs.get(line);
            if (source == null || source.page() == null || !document.ocrPages().contains(source.page())) {
                return;
            }
            String text = rows.containsKey(line)
                    ? String.join(" ", rows.get(line).cells()).strip()
                    : texts.get(line).replace('\t', ' ').strip();
            findings.add(Finding.of(
                            RuleId.SOURCE_OCR, new CellPath(path), null, null,
                            FindingMessages.format("source.ocr", source.page(), text))
                    .withLine(line)
                    .withPage(source.page()));
        });
        return findings;
    }

    /** {@code applications.result_total.natural_person} → {@code applications.result_total}. */
    private static String rowPath(String path) {
        int first = path.indexOf('.');
        int second = path.indexOf('.', first + 1);
        return second < 0 ? path : path.substring(0, second);
    }
}
