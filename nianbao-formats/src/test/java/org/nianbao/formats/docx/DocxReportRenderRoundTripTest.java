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
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;

/**
 * The acceptance test of the Word renderer: every corpus report (the five seeds and the three published PDFs),
 * recognized from its source, laid out, rendered as .docx, read back with {@link DocxDocumentReader} and recognized
 * again, is the same report cell for cell in its three tables, and keeps its format version, agency and year.
 *
 * <p>The whole {@link AnnualReport} is not compared: the section texts come back with the Word reader's line
 * breaks (one paragraph per line of the layout, where the source had lines wrapped at other places, and the layout
 * drops blank lines), and a report whose title the recognizer did not find gets a title made from agency and year.
 * The tables, version, agency and year are what the layout promises to keep.
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
