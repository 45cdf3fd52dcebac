package org.nianbao.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.formats.RoundTrip;
import org.nianbao.formats.text.PlainTextDocumentReader;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Reports;

/**
 * The Markdown renderer's acceptance: a report drawn as Markdown and read back with
 * {@link PlainTextDocumentReader} and the recognizer (which reads Markdown pipe rows) gives the same tables cell for
 * cell, format version, agency and year.
 */
class MarkdownReportRendererRoundTripTest {
    private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();
    private final PlainTextDocumentReader reader = new PlainTextDocumentReader();

    @ParameterizedTest
    @MethodSource("org.nianbao.formats.RoundTrip#corpus")
    void everyCorpusReportReadsBackFromItsMarkdownCellForCell(CorpusCase corpusCase) {
        assertRoundTrip(corpusCase + ".md", RoundTrip.recognized(corpusCase));
    }

    @ParameterizedTest
    @MethodSource("balancedReports")
    void balancedReportsOfBothFormatsReadBackFromTheirMarkdown(long seed) {
        assertRoundTrip("balanced-" + seed + ".md", Reports.balanced(seed));
    }

    static LongStream balancedReports() {
        return LongStream.rangeClosed(1, 4);
    }

    private void assertRoundTrip(String name, AnnualReport report) {
        byte[] page = renderer.render(ReportLayout.of(report), List.of());

        AnnualReport reread = RoundTrip.reread(reader, name, page);

        assertThat(RoundTrip.differences(report, reread)).as(name).isEmpty();
    }
}
