package org.nianbao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/** The acceptance run: every real report of the corpus meets its hand-checked expectation. */
class CorpusTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#seeds")
    void seedMeetsItsExpectation(CorpusCase corpusCase) throws IOException {
        assertMeetsExpectation(corpusCase);
    }

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#pdfs")
    void publishedPdfMeetsItsExpectation(CorpusCase corpusCase) throws IOException {
        assertMeetsExpectation(corpusCase);
    }

    private void assertMeetsExpectation(CorpusCase corpusCase) throws IOException {
        CheckedReport checked =
                pipeline.check(corpusCase.source().getFileName().toString(), Files.readAllBytes(corpusCase.source()));

        assertThat(Expectations.load(corpusCase.expectation()).mismatches(checked.report(), checked.findings()))
                .isEmpty();
    }
}
