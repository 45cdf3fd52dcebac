package org.nianbao.core.usecase;

import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.Recognition;
import org.nianbao.core.recognition.ReportRecognizer;
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

    /** Recognizes and validates an already extracted document. */
    public CheckedReport check(ExtractedDocument document) {
        Recognition recognition = recognizer.recognize(document);
        return new CheckedReport(
                document.name(),
                recognition.report(),
                recognition.provenance(),
                validator.validate(recognition.report(), recognition.provenance()));
    }
}
