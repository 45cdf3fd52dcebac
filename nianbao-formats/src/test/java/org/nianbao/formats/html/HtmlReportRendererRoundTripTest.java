package org.nianbao.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.formats.RoundTrip;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Reports;

/**
 * The HTML renderer's acceptance: a report drawn as a web page and read back with {@link HtmlDocumentReader} and
 * the recognizer gives the same tables cell for cell, format version, agency and year.
 */
class HtmlReportRendererRoundTripTest {
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();
    private final HtmlDocumentReader reader = new HtmlDocumentReader();

    @ParameterizedTest
    @MethodSource("org.nianbao.formats.RoundTrip#corpus")
    void everyCorpusReportReadsBackFromItsPageCellForCell(CorpusCase corpusCase) {
        assertRoundTrip(corpusCase + ".html", RoundTrip.recognized(corpusCase));
    }

    @ParameterizedTest
    @MethodSource("balancedReports")
    void balancedReportsOfBothFormatsReadBackFromTheirPage(long seed) {
        assertRoundTrip("balanced-" + seed + ".html", Reports.balanced(seed));
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
