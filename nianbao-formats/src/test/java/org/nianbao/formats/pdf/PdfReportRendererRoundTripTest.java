package org.nianbao.formats.pdf;

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
 * The PDF renderer's acceptance: a report drawn as PDF and read back with {@link PdfDocumentReader} (tables rebuilt
 * from the ruling lines) and the recognizer gives the same tables cell for cell, format version, agency and year.
 */
class PdfReportRendererRoundTripTest {
    private final PdfReportRenderer renderer = new PdfReportRenderer();
    private final PdfDocumentReader reader = PdfDocumentReader.withoutOcr();

    @ParameterizedTest
    @MethodSource("org.nianbao.formats.RoundTrip#corpus")
    void everyCorpusReportReadsBackFromItsPdfCellForCell(CorpusCase corpusCase) {
        AnnualReport report = RoundTrip.recognized(corpusCase);

        assertRoundTrip(corpusCase + ".pdf", report);
    }

    @ParameterizedTest
    @MethodSource("balancedReports")
    void balancedReportsOfBothFormatsReadBackFromTheirPdf(long seed) {
        assertRoundTrip("balanced-" + seed + ".pdf", Reports.balanced(seed));
    }

    static LongStream balancedReports() {
        return LongStream.rangeClosed(1, 4);
    }

    private void assertRoundTrip(String name, AnnualReport report) {
        byte[] pdf = renderer.render(ReportLayout.of(report), List.of());

        AnnualReport reread = RoundTrip.reread(reader, name, pdf);

        assertThat(RoundTrip.differences(report, reread)).as(name).isEmpty();
    }
}
