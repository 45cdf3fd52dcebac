package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;

/** The reviewer's copy: annotated cells shaded, each note a Word comment and a line of the 「审核意见」 lists. */
class DocxReportRenderAnnotationTest {
    private static final CellPath GRANTED_PERSON = CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON);
    private static final Annotation CELL_ERROR = new Annotation(GRANTED_PERSON, "错误", true,
            "（一）予以公开·自然人 为 14，但应为 15");
    private static final Annotation ROW_WARNING = new Annotation(
            new CellPath("applications.carried_forward"), "警告", false, "四、结转下年度继续办理 与下年度报告的上年结转不一致");
    private static final Annotation SECTION_WARNING = new Annotation(
            CellPath.section(Section.OTHER), "警告", false, "第六部分写「2022年」，报告年度为 2021");
    private static final Annotation COLUMN_NOTE = new Annotation(
            new CellPath("applications.column.org_research"), "提示", false, "「科研单位」应为「科研机构」");
    private static final List<Annotation> NOTES = List.of(SECTION_WARNING, COLUMN_NOTE, ROW_WARNING, CELL_ERROR);

    private final AnnualReport report = Reports.balanced2021();
    private final ReportDocument layout = ReportLayout.of(report);
    private final Grid table3 = DocxRenderedTables.grids(layout).get(1);
    private final XWPFDocument word = DocxRenderedTables.open(new DocxReportRenderer().render(layout, NOTES));

    @Test
    void anAnnotatedCellIsShadedLightRedForAnErrorAndCarriesItsNoteAsAComment() {
        GridCell granted = cell(GRANTED_PERSON);
        DocxRenderedTables.Tc tc = DocxRenderedTables.at(table(1), granted.row(), granted.column());

        assertThat(tc.fill()).isEqualTo("FFC7CE");
        assertThat(tc.text()).isEqualTo(granted.text()); // the note is no text in the cell
        assertThat(tc.cell().getParagraphs().get(0).getCTP().sizeOfCommentRangeStartArray()).isEqualTo(1);
        String id = tc.cell().getParagraphs().get(0).getCTP().getCommentRangeStartArray(0).getId().toString();
        XWPFComment comment = word.getCommentByID(id);
        assertThat(comment.getText()).contains("错误", CELL_ERROR.message());
        // cells nobody annotated stay plain
        GridCell other = cell(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.ORG_COMMERCIAL));
        assertThat(DocxRenderedTables.at(table(1), other.row(), other.column()).fill()).isNull();
    }

    @Test
    void aRowAnnotationShadesEveryValueOfTheRowLightAmberWithOneComment() {
        int row = cell(CellPath.of(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).row();
        List<DocxRenderedTables.Tc> values = DocxRenderedTables.cells(table(1)).stream()
                .filter(tc -> tc.row() == row && tc.column() >= 3)
                .toList();

        assertThat(values).hasSize(ApplicantColumn.all().size());
        assertThat(values).allSatisfy(tc -> assertThat(tc.fill()).isEqualTo("FFEB9C"));
        assertThat(values.stream().mapToInt(tc ->
                tc.cell().getParagraphs().get(0).getCTP().sizeOfCommentRangeStartArray()).sum()).isEqualTo(1);
    }

    @Test
    void theListAfterTheTableGivesNumberSeverityAndMessageInReadingOrder() {
        List<String> after = paragraphsAfter(table(1));

        assertThat(after.get(0)).isEqualTo("表三" + DocxReportRenderer.NOTES_HEADING);
        // the cell error comes first in the table's reading order (row 一 before row 四), numbered after nothing
        assertThat(after.get(1)).isEqualTo("[1] 错误：" + CELL_ERROR.message());
        assertThat(after.get(2)).isEqualTo("[2] 警告：" + ROW_WARNING.message());
        assertThat(word.getComments()).hasSize(3);
    }

    @Test
    void sectionNotesMarkTheHeadingAndNotesNoCellShowsAreListedAtTheEnd() {
        XWPFParagraph heading = word.getParagraphs().stream()
                .filter(p -> p.getText().equals(Section.OTHER.heading()))
                .findFirst()
                .orElseThrow();
        assertThat(heading.getCTP().sizeOfCommentRangeStartArray()).isEqualTo(1);

        List<String> texts = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int end = texts.lastIndexOf(DocxReportRenderer.NOTES_HEADING);
        assertThat(end).isPositive();
        assertThat(texts.subList(end + 1, texts.size())).containsSubsequence(
                "[3] 警告：" + SECTION_WARNING.message(), "[4] 提示：" + COLUMN_NOTE.message());
    }

    @Test
    void theAnnotatedCopyStillReadsBackToTheSameTables() {
        byte[] docx = new DocxReportRenderer().render(layout, NOTES);

        AnnualReport back = new ReportRecognizer().recognize(new DocxDocumentReader().read("a.docx", docx)).report();

        assertThat(back.proactive()).isEqualTo(report.proactive());
        assertThat(back.applications()).isEqualTo(report.applications());
        assertThat(back.reviewLitigation()).isEqualTo(report.reviewLitigation());
    }

    @Test
    void aCleanCopyHasNoShadingNoCommentsAndNoList() {
        XWPFDocument clean = DocxRenderedTables.open(new DocxReportRenderer().render(layout, List.of()));

        assertThat(clean.getComments()).isNullOrEmpty();
        for (XWPFTable table : clean.getTables()) {
            assertThat(DocxRenderedTables.cells(table)).allSatisfy(tc -> assertThat(tc.fill()).isNull());
        }
        assertThat(clean.getParagraphs()).noneSatisfy(
                p -> assertThat(p.getText()).endsWith(DocxReportRenderer.NOTES_HEADING));
    }

    private XWPFTable table(int index) {
        return word.getTables().get(index);
    }

    private GridCell cell(CellPath path) {
        return table3.cells().stream().filter(c -> path.equals(c.path())).findFirst().orElseThrow();
    }

    /** The texts of the paragraphs right after a table, up to the next table or heading-less end. */
    private List<String> paragraphsAfter(XWPFTable table) {
        List<IBodyElement> elements = word.getBodyElements();
        int at = elements.indexOf(table);
        return elements.subList(at + 1, elements.size()).stream()
                .takeWhile(element -> element instanceof XWPFParagraph)
                .map(element -> ((XWPFParagraph) element).getText())
                .toList();
    }
}
