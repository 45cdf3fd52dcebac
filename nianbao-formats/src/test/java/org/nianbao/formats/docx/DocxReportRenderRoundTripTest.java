package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Section;
import org.nianbao.formats.RoundTrip;
import org.nianbao.testkit.CorpusCase;

/**
 * The acceptance test of the Word renderer: every corpus report (the five seeds and the three published PDFs),
 * recognized from its source, laid out, rendered as .docx, read back with {@link DocxDocumentReader} and recognized
 * again, is the same report cell for cell in its three tables, and keeps its format version, agency, year and
 * title, and the text of its six sections line for line.
 *
 * <p>{@link AnnualReport#equals} is not used: the layout draws each non-blank line of a section as a paragraph,
 * stripped, so the blank lines between paragraphs (which text and PDF sources keep) do not come back; the sections
 * are compared as their non-blank, stripped lines. (A report whose title was not found would come back with the
 * title the layout makes from agency and year; no corpus report is one.)
 */
class DocxReportRenderRoundTripTest {

    @ParameterizedTest
    @MethodSource("org.nianbao.formats.RoundTrip#corpus")
    void corpusReportRoundTripsThroughDocxCellForCell(CorpusCase corpusCase) {
        AnnualReport original = RoundTrip.recognized(corpusCase);

        byte[] docx = new DocxReportRenderer().render(ReportLayout.of(original), List.of());
        AnnualReport back = RoundTrip.reread(new DocxDocumentReader(), "round-trip.docx", docx);

        assertThat(RoundTrip.differences(original, back)).as(corpusCase.toString()).isEmpty();
        assertThat(back.title()).isEqualTo(original.title());
        for (Section section : Section.all()) {
            assertThat(lines(back.sections().get(section))).as("%s %s", corpusCase, section)
                    .isEqualTo(lines(original.sections().get(section)));
        }
    }

    /** The non-blank lines of a section's text, stripped; null for a section the report lacks. */
    private static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        return text.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
    }
}
