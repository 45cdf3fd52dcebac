package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Expectations;

/**
 * The corpus seeds as Word documents: every seed's lines written into a .docx (a line with a tab is a table row
 * whose cells are split on the tabs, consecutive such lines one table; any other line a paragraph), read back with
 * the .docx reader, and held to the seed's own hand-checked expectation, as {@code CorpusTest} does for the text.
 */
public class DocxCorpusTest {
    private final ReportPipeline pipeline =
            new ReportPipeline(new DocxDocumentReader(), new ReportRecognizer(), Validator.standard());

    @ParameterizedTest
    @MethodSource("org.nianbao.testkit.Corpus#seeds")
    void seedAsDocxMeetsItsExpectation(CorpusCase seed) throws IOException {
        byte[] docx = asDocx(Files.readAllLines(seed.source(), StandardCharsets.UTF_8));

        CheckedReport checked = pipeline.check(seed.source().getFileName().toString().replace(".txt", ".docx"), docx);

        assertThat(Expectations.load(seed.expectation()).mismatches(checked.report(), checked.findings())).isEmpty();
    }

    /** The lines as a .docx: runs of tab-separated lines as tables, other lines as paragraphs. */
    public static byte[] asDocx(List<String> lines) {
        Docx docx = Docx.create();
        List<Docx.Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                List<Docx.Cell> cells = new ArrayList<>();
                for (String text : line.split("\t", -1)) {
                    cells.add(Docx.cell(text));
                }
                rows.add(Docx.row(cells.toArray(Docx.Cell[]::new)));
                continue;
            }
            if (!rows.isEmpty()) {
                docx.table(rows.toArray(Docx.Row[]::new));
                rows.clear();
            }
            docx.paragraph(line);
        }
        if (!rows.isEmpty()) {
            docx.table(rows.toArray(Docx.Row[]::new));
        }
        return docx.bytes();
    }
}
