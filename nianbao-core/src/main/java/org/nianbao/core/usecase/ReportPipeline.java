package org.nianbao.core.usecase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceRef;
import org.nianbao.core.recognition.Recognition;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Validator;

/**
 * The one chain of stages every delivery uses: bytes → {@link ExtractedDocument} → report → findings
 * (architecture §9.5). Thread-safe when its collaborators are, which the standard ones are.
 */
public final class ReportPipeline {
    private final DocumentReader reader;
    private final ReportRecognizer recognizer;
    private final Validator validator;

    public ReportPipeline(DocumentReader reader, ReportRecognizer recognizer, Validator validator) {
        this.reader = reader;
        this.recognizer = recognizer;
        this.validator = validator;
    }

    /**
     * Reads, recognizes and validates one source.
     *
     * @throws org.nianbao.core.NianbaoException when the source cannot be read or is not a report
     */
    public CheckedReport check(String name, byte[] content) {
        return check(reader.read(name, content));
    }

    /** Only the first stage: the document as its reader extracts it (its format included). */
    public ExtractedDocument read(String name, byte[] content) {
        return reader.read(name, content);
    }

    /** Validates a report that was not read from a document (a corrected version, a report from JSON). */
    public List<Finding> validate(org.nianbao.core.report.AnnualReport report) {
        return validator.validate(report);
    }

    /** Recognizes and validates an already extracted document. */
    public CheckedReport check(ExtractedDocument document) {
        Recognition recognition = recognizer.recognize(document);
        List<Finding> findings = new ArrayList<>(validator.validate(recognition.report(), recognition.provenance()));
        findings.addAll(OcrFindings.of(document, recognition.provenance()));
        return new CheckedReport(
                document.name(), recognition.report(), recognition.provenance(), withPages(findings, document));
    }

    /** Each finding's page, for a paged source (the page of the block its line names). */
    private static List<Finding> withPages(List<Finding> findings, ExtractedDocument document) {
        Map<Integer, Integer> pages = new HashMap<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Table table) {
                table.rows().forEach(row -> putPage(pages, row.source()));
            } else {
                putPage(pages, block.source());
            }
        }
        if (pages.isEmpty()) {
            return findings;
        }
        List<Finding> paged = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            paged.add(finding.line() == null ? finding : finding.withPage(pages.get(finding.line())));
        }
        return paged;
    }

    private static void putPage(Map<Integer, Integer> pages, SourceRef source) {
        if (source.page() != null) {
            pages.put(source.line(), source.page());
        }
    }
}
