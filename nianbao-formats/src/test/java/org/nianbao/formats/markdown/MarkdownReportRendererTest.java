package org.nianbao.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;

class MarkdownReportRendererTest {
    private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

    @Test
    void isTheMarkdownFormat() {
        assertThat(renderer.format()).isEqualTo("md");
    }

    @Test
    void titleSectionsAndParagraphs() {
        AnnualReport report = Reports.balanced2021();
        List<String> lines = lines(ReportLayout.of(report), List.of());

        assertThat(lines.get(0)).isEqualTo("# " + report.title());
        assertThat(lines).filteredOn(line -> line.startsWith("## ")).containsExactlyElementsOf(
                Section.all().stream().map(section -> "## " + section.heading()).toList());
        assertThat(lines).contains(report.sections().get(Section.OVERVIEW));
    }

    @Test
    void tablesArePipeTablesWithTheCaptionAsHeaderAndMergedCellsAtTheirTopLeftPosition() {
        AnnualReport report = Reports.balanced2021();
        List<String> lines = lines(ReportLayout.of(report), List.of());

        int caption = lines.indexOf("| 表三　收到和处理政府信息公开申请情况 | | | | | | | | | |");
        assertThat(caption).isPositive();
        assertThat(lines.get(caption + 1)).isEqualTo("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        assertThat(lines.get(caption + 2)).isEqualTo(
                "| **" + ReportLayout.TABLE3_NOTE + "** | | | **申请人情况** | | | | | | |");
        assertThat(lines.get(caption + 3)).isEqualTo("| | | | **自然人** | **法人或其他组织** | | | | | **总计** |");
        assertThat(lines.get(caption + 4))
                .isEqualTo("| | | | | **商业企业** | **科研机构** | **社会公益组织** | **法律服务机构** | **其他** | |");
        assertThat(lines.get(caption + 5)).startsWith("| 一、本年新收政府信息公开申请数量 | | | ");
        assertThat(lines.get(caption + 7)).startsWith("| 三、本年度办理结果 | （一）予以公开 | | ");
        assertThat(lines.get(caption + 8)).startsWith("| | （二）部分公开");
        assertThat(lines.get(caption + 9)).startsWith("| | （三）不予公开 | 1.属于国家秘密 | ");
        assertThat(lines.get(caption + 10)).startsWith("| | | 2.其他法律行政法规禁止公开 | ");
        // every row of a pipe table has as many cells as the grid has columns
        for (int i = caption; i < caption + 2 + 3 + ApplicationRow.layout(false).size(); i++) {
            assertThat(cells(lines.get(i))).as(lines.get(i)).isEqualTo(10);
        }
        assertThat(lines).contains("| 表二　主动公开政府信息情况 | | | |", "| **第二十条第（一）项** | | | |");
    }

    @Test
    void aBlankCellIsEmptyNeverZero() {
        AnnualReport report = Reports.balanced2021();
        AnnualReport blank = report.withApplications(
                report.applications().with(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, Cell.BLANK));

        List<String> lines = lines(ReportLayout.of(blank), List.of());

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("| 三、本年度办理结果 | （一）予以公开 | | | "));
    }

    @Test
    void pipesAndMarkupInTextAreEscaped() {
        Grid grid = new Grid("表四", 1, 2, 0, List.of(
                new GridCell(0, 0, 1, 1, GridCell.Kind.LABEL, "a|b", null, null),
                new GridCell(0, 1, 1, 1, GridCell.Kind.VALUE, "1", null, null)));
        ReportDocument document = new ReportDocument("某局2023年政府信息公开工作年度报告", List.of(
                new ReportDocument.Heading(Section.OVERVIEW.heading()),
                new ReportDocument.Paragraph("> 不是引用 <script>alert(1)</script> *强调* [链接](x) a|b"),
                new ReportDocument.Paragraph("#不是标题"),
                new ReportDocument.Paragraph("1. 不是列表"),
                new ReportDocument.Paragraph("1.加强权力配置和权力运行过程信息公开。"),
                new ReportDocument.Paragraph("### （一）主动公开情况。"),
                new ReportDocument.Paragraph("**2.围绕政务动态公开。**2023年，主动公开信息235条。"),
                new ReportDocument.Table(grid)));

        List<String> lines = lines(document, List.of());

        assertThat(lines).contains(
                "\\> 不是引用 \\<script>alert(1)\\</script> \\*强调\\* \\[链接\\](x) a\\|b",
                "#不是标题",
                "1\\. 不是列表",
                "1.加强权力配置和权力运行过程信息公开。",
                "### （一）主动公开情况。",
                "**2.围绕政务动态公开。**2023年，主动公开信息235条。",
                "| a\\|b | 1 |");
    }

    @Test
    void notesFollowTheirTableAndMarkTheirCells() {
        AnnualReport report = Reports.balanced2021();
        List<Annotation> notes = List.of(
                new Annotation(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true,
                        "（一）予以公开的总计不等于各类申请人之和"),
                new Annotation(CellPath.section(Section.OTHER), "警告", false, "未说明信息处理费收取情况"));

        List<String> lines = lines(ReportLayout.of(report), notes);

        String total = ReportLayout.printed(report.applications().cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("| 三、本年度办理结果 | （一）予以公开 |").endsWith(" | " + total + " [1] |"));
        int carriedForward = indexStartingWith(lines, "| 四、结转下年度继续办理");
        assertThat(lines.subList(carriedForward + 1, carriedForward + 5))
                .containsExactly("", "**审核意见**", "", "- [1] 错误：（一）予以公开的总计不等于各类申请人之和");
        int other = lines.indexOf("## " + Section.OTHER.heading());
        assertThat(lines.subList(other + 1, other + 5)).containsExactly("", "**审核意见**", "", "- [2] 警告：未说明信息处理费收取情况");
    }

    @Test
    void theSameInputGivesTheSameBytesEndingWithOneLineFeed() {
        ReportDocument document = ReportLayout.of(Reports.balanced2019());

        byte[] markdown = renderer.render(document, List.of());

        assertThat(markdown).isEqualTo(renderer.render(document, List.of()));
        String text = new String(markdown, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    private List<String> lines(ReportDocument document, List<Annotation> annotations) {
        return List.of(new String(renderer.render(document, annotations), StandardCharsets.UTF_8).split("\n", -1));
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of a pipe row, escaped pipes not counted. */
    private static int cells(String row) {
        return row.replace("\\|", "").split("\\|", -1).length - 2;
    }
}
