package org.nianbao.formats.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/**
 * The corpus seeds as .doc files (their .docx made by {@code DocxCorpusTest.asDocx}, converted by LibreOffice; see the
 * README beside the resources), read with the .doc reader and held to each seed's hand-checked expectation.
 */
class DocCorpusTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(new DocDocumentReader(), new ReportRecognizer(), Validator.standard());

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#seeds")
    void seedAsDocMeetsItsExpectation(CorpusCase seed) {
        String name = seed.source().getFileName().toString().replace(".txt", ".doc");

        CheckedReport checked = pipeline.check(name, DocDocumentReaderTest.resource("seeds/" + name));

        assertThat(Expectations.load(seed.expectation()).mismatches(checked.report(), checked.findings())).isEmpty();
    }
}
