package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.formats.docx.Docx.cell;
import static org.nianbao.formats.docx.Docx.render;
import static org.nianbao.formats.docx.Docx.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;

/**
 * Table 三 drawn as the official table is (format.md §B.2): the 勾稽 note over three label columns and three header
 * rows, 三、本年度办理结果 merged down the outcome rows, the groups （三）–（六） merged down their items, （一）（二）（七）
 * spanning two label columns; the numbers must come out in the seven number columns and be recognized.
 */
public class DocxTableThreeTest {
    private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    @Test
    void numbersOfTheMergedOfficialTableLandInTheirColumns() {
        AnnualReport report = Reports.balanced2021(7);
        CellTable<ApplicationRow, ApplicantColumn> table = report.applications();
        ExtractedDocument document = new DocxDocumentReader().read("表三.docx", report(report).bytes());

        List<String> lines = render(document);
        assertThat(lines).filteredOn(line -> line.startsWith("R:"))
                .allSatisfy(line -> assertThat(line.split("\\|", -1)).hasSize(10));
        assertThat(lines).contains(
                "R:" + NOTE + "|||申请人情况||||||",
                "R:|||自然人|法人或其他组织|||||总计",
                "R:||||商业企业|科研机构|社会公益组织|法律服务机构|其他|",
                "R:三、本年度办理结果|（一）予以公开||" + numbers(table, ApplicationRow.GRANTED),
                "R:||4.保护第三方合法权益|" + numbers(table, ApplicationRow.WITHHELD_THIRD_PARTY),
                "R:四、结转下年度继续办理|||" + numbers(table, ApplicationRow.CARRIED_FORWARD));
        String partial = lines.stream().filter(line -> line.contains("（二）部分公开")).findFirst().orElseThrow();
        assertThat(partial.split("\\|", -1)[5]).as("the blank 科研机构 cell").isEmpty();

        CellTable<ApplicationRow, ApplicantColumn> recognized =
                new ReportRecognizer().recognize(document).report().applications();
        assertThat(recognized).isNotNull();
        assertRecognized(recognized, table);
    }

    /**
     * A short report around the official table 三 of {@code report}, its 部分公开 · 科研机构 cell left blank: title,
     * the six headings, the overview text.
     */
    public static Docx report(AnnualReport report) {
        return Docx.create()
                .paragraph(report.title())
                .paragraph(Section.OVERVIEW.heading())
                .paragraph(report.sections().get(Section.OVERVIEW))
                .paragraph(Section.APPLICATIONS.heading())
                .table(tableThree(report.applications(), ApplicationRow.PARTIAL, ApplicantColumn.ORG_RESEARCH))
                .paragraph(Section.REVIEW_LITIGATION.heading())
                .paragraph(Section.PROBLEMS.heading())
                .paragraph(Section.OTHER.heading());
    }

    /** Every cell of {@code recognized} is that of {@code table}, but 部分公开 · 科研机构, left blank by {@link #report}. */
    public static void assertRecognized(
            CellTable<ApplicationRow, ApplicantColumn> recognized, CellTable<ApplicationRow, ApplicantColumn> table) {
        for (ApplicationRow row : ApplicationRow.layout(false)) {
            for (ApplicantColumn column : ApplicantColumn.all()) {
                Cell expected = row == ApplicationRow.PARTIAL && column == ApplicantColumn.ORG_RESEARCH
                        ? Cell.BLANK
                        : table.cell(row, column);
                assertThat(recognized.cell(row, column)).as(row.key() + "." + column.key()).isEqualTo(expected);
            }
        }
    }

    /** The table, with one cell left blank. */
    private static Docx.Row[] tableThree(
            CellTable<ApplicationRow, ApplicantColumn> table, ApplicationRow blankRow, ApplicantColumn blankColumn) {
        List<Docx.Row> rows = new ArrayList<>();
        rows.add(row(cell(NOTE).span(3).mergeDown(), cell("申请人情况").span(7)));
        rows.add(row(cell().span(3).merged(), cell("自然人").mergeDown(), cell("法人或其他组织").span(5),
                cell("总计").mergeDown()));
        rows.add(row(cell().span(3).merged(), cell().merged(), cell("商业企业"), cell("科研机构"), cell("社会公益组织"),
                cell("法律服务机构"), cell("其他"), cell().merged()));
        boolean resultStarted = false;
        String group = null;
        for (ApplicationRow row : ApplicationRow.layout(false)) {
            List<Docx.Cell> cells = new ArrayList<>();
            if (row.kind() == ApplicationRow.Kind.OUTCOME || row.kind() == ApplicationRow.Kind.RESULT_TOTAL) {
                cells.add(resultStarted ? cell().merged() : cell("三、本年度办理结果").mergeDown());
                resultStarted = true;
                if (row.group() == null) {
                    cells.add(cell(row.label()).span(2));
                } else {
                    cells.add(row.group().equals(group) ? cell().merged() : cell(row.group()).mergeDown());
                    cells.add(cell(row.label()));
                }
                group = row.group();
            } else {
                cells.add(cell(row.label()).span(3));
            }
            for (ApplicantColumn column : ApplicantColumn.all()) {
                boolean blank = row == blankRow && column == blankColumn;
                cells.add(blank ? cell() : cell(text(table.cell(row, column))));
            }
            rows.add(row(cells.toArray(Docx.Cell[]::new)));
        }
        return rows.toArray(Docx.Row[]::new);
    }

    private static String numbers(CellTable<ApplicationRow, ApplicantColumn> table, ApplicationRow row) {
        List<String> values = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.all()) {
            values.add(text(table.cell(row, column)));
        }
        return String.join("|", values);
    }

    private static String text(Cell cell) {
        return Long.toString(cell.count().orElseThrow());
    }
}
