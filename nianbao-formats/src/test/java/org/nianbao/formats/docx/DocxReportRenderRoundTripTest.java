package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Keyed;
import org.nianbao.core.report.Section;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.testkit.Corpus;
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
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    static Stream<CorpusCase> corpus() {
        return Stream.concat(Corpus.seeds(), Corpus.pdfs());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusReportRoundTripsThroughDocxCellForCell(CorpusCase corpusCase) throws IOException {
        AnnualReport original = pipeline.check(
                corpusCase.source().getFileName().toString(), Files.readAllBytes(corpusCase.source())).report();

        byte[] docx = new DocxReportRenderer().render(ReportLayout.of(original), List.of());
        AnnualReport back = new ReportRecognizer()
                .recognize(new DocxDocumentReader().read("round-trip.docx", docx))
                .report();

        List<String> differences = new ArrayList<>();
        differences.addAll(differences("proactive", original.proactive(), back.proactive()));
        differences.addAll(differences("applications", original.applications(), back.applications()));
        differences.addAll(differences("review_litigation", original.reviewLitigation(), back.reviewLitigation()));
        assertThat(differences).as(corpusCase.toString()).isEmpty();
        assertThat(back.proactive()).isEqualTo(original.proactive());
        assertThat(back.applications()).isEqualTo(original.applications());
        assertThat(back.reviewLitigation()).isEqualTo(original.reviewLitigation());
        assertThat(back.formatVersion()).isEqualTo(original.formatVersion());
        assertThat(back.agency()).isEqualTo(original.agency());
        assertThat(back.year()).isEqualTo(original.year());
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

    /** Each cell that differs, as 「path: original → read back」, for a readable failure. */
    static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> List<String> differences(
            String table, CellTable<R, C> original, CellTable<R, C> back) {
        List<String> out = new ArrayList<>();
        if (original == null || back == null) {
            if (original != back) {
                out.add(table + ": " + (original == null ? "absent" : "present") + " → "
                        + (back == null ? "absent" : "present"));
            }
            return out;
        }
        for (Map.Entry<R, Map<C, Cell>> row : original.rows().entrySet()) {
            if (!back.hasRow(row.getKey())) {
                out.add(table + "." + row.getKey().key() + ": row missing");
                continue;
            }
            for (Map.Entry<C, Cell> cell : row.getValue().entrySet()) {
                Cell read = back.cell(row.getKey(), cell.getKey());
                if (!Objects.equals(cell.getValue(), read)) {
                    out.add(table + "." + row.getKey().key() + "." + cell.getKey().key() + ": " + cell.getValue()
                            + " → " + read);
                }
            }
        }
        for (R row : back.rows().keySet()) {
            if (!original.hasRow(row)) {
                out.add(table + "." + row.key() + ": extra row");
            }
        }
        return out;
    }
}
