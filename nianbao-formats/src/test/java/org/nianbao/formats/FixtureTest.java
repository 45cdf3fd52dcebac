package org.nianbao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/**
 * Hand-made reports, one per label variant and layout artefact of format.md §G and for the 2019 format, each
 * with a hand-computed expectation (see fixtures/README.md).
 */
class FixtureTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    static List<CorpusCase> fixtures() throws URISyntaxException {
        Path dir = Paths.get(Objects.requireNonNull(FixtureTest.class.getResource("fixtures")).toURI());
        return Corpus.cases(dir, ".txt");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureMeetsItsExpectation(CorpusCase fixture) throws IOException {
        CheckedReport checked =
                pipeline.check(fixture.source().getFileName().toString(), Files.readAllBytes(fixture.source()));

        assertThat(Expectations.load(fixture.expectation()).mismatches(checked.report(), checked.findings()))
                .isEmpty();
    }
}
