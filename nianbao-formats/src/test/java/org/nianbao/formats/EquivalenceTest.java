package org.nianbao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/**
 * Every seed published as a web page, a DOCX, a DOC and a PDF gives exactly the seed's expected report. The
 * documents were made from the seeds by {@code scripts/make-equivalents.sh} (LibreOffice), never edited by hand;
 * the format is detected from the bytes, so the file names' extensions play no part.
 */
class EquivalenceTest {
    private static final Path DOCUMENTS = Path.of("src/test/resources/org/nianbao/formats/equivalence");
    private static final List<String> FORMATS = List.of("html", "docx", "doc", "pdf");

    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    static Stream<Arguments> documents() {
        return Corpus.seeds().flatMap(seed -> FORMATS.stream().map(format -> Arguments.of(format, seed)));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("documents")
    void documentGivesTheSeedsReport(String format, CorpusCase seed) throws IOException {
        String stem = seed.source().getFileName().toString().replaceFirst("\\.txt$", "");
        Path document = DOCUMENTS.resolve(stem + "." + format);

        CheckedReport checked = pipeline.check(document.getFileName().toString(), Files.readAllBytes(document));

        assertThat(Expectations.load(seed.expectation()).mismatches(checked.report(), checked.findings()))
                .as("%s read as %s", document, format)
                .isEmpty();
    }
}
