package org.nianbao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;

class ReportLayoutTest {

    @Test
    void everyGridPositionIsCoveredByExactlyOneCellInBothFormats() {
        for (AnnualReport report : List.of(Reports.balanced2021(), Reports.balanced2019())) {
            for (Grid grid : grids(ReportLayout.of(report))) {
                for (int r = 0; r < grid.rows(); r++) {
                    for (int c = 0; c < grid.columns(); c++) {
                        int covering = 0;
                        for (GridCell cell : grid.cells()) {
                            if (r >= cell.row() && r < cell.row() + cell.rowSpan()
                                    && c >= cell.column() && c < cell.column() + cell.columnSpan()) {
                                covering++;
                            }
                        }
                        assertThat(covering).as("%s (%d,%d) of %s", grid.name(), r, c, report.formatVersion())
                                .isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void tableThreeIsDrawnAsTheTemplateWithValuesInTheirColumns() {
        AnnualReport report = Reports.balanced2021();
        Grid table3 = grids(ReportLayout.of(report)).get(1);

        assertThat(table3.columns()).isEqualTo(10);
        assertThat(table3.headerRows()).isEqualTo(3);
        assertThat(table3.anchoredAt(0, 0).text()).isEqualTo(ReportLayout.TABLE3_NOTE);
        assertThat(table3.anchoredAt(0, 3).text()).isEqualTo("申请人情况");
        assertThat(table3.anchoredAt(1, 4).text()).isEqualTo("法人或其他组织");
        // 一、本年新收 spans the three label columns; its 总计 is the last column
        GridCell received = table3.anchoredAt(3, 0);
        assertThat(received.text()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(received.columnSpan()).isEqualTo(3);
        GridCell total = table3.anchoredAt(3, 9);
        assertThat(total.path()).isEqualTo(CellPath.of(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL));
        assertThat(total.text()).isEqualTo(
                ReportLayout.printed(report.applications().cell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL)));
        // 三、本年度办理结果 runs down the first column over every outcome row and （七）总计
        GridCell result = table3.anchoredAt(5, 0);
        assertThat(result.text()).isEqualTo("三、本年度办理结果");
        assertThat(result.rowSpan()).isEqualTo(ApplicationRow.layout(false).size() - 3);
        assertThat(table3.covering(table3.rows() - 1, 0).text()).isEqualTo("四、结转下年度继续办理");
    }

    @Test
    void aBlankCellIsDrawnBlankNeverZero() {
        AnnualReport report = Reports.balanced2021();
        AnnualReport withBlank = new AnnualReport(report.formatVersion(), report.agency(), report.year(),
                report.title(), report.sections(), report.proactive(),
                report.applications().with(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH, Cell.BLANK),
                report.reviewLitigation());

        GridCell cell = grids(ReportLayout.of(withBlank)).get(1).cells().stream()
                .filter(c -> CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH).equals(c.path()))
                .findFirst()
                .orElseThrow();

        assertThat(cell.text()).isEmpty();
        assertThat(cell.isNumber()).isFalse();
    }

    @Test
    void aReportWithASingleOtherRowKeepsIt() {
        AnnualReport report = Reports.balanced2019();
        Grid table3 = grids(ReportLayout.of(report)).get(1);

        assertThat(table3.cells()).anySatisfy(cell -> assertThat(cell.path())
                .isEqualTo(CellPath.of(ApplicationRow.OTHER, ApplicantColumn.TOTAL)));
        assertThat(table3.cells()).noneSatisfy(cell -> assertThat(cell.path())
                .isEqualTo(CellPath.of(ApplicationRow.OTHER_MISC, ApplicantColumn.TOTAL)));
    }

    private static List<Grid> grids(ReportDocument document) {
        return document.parts().stream()
                .filter(part -> part instanceof ReportDocument.Table)
                .map(part -> ((ReportDocument.Table) part).grid())
                .toList();
    }
}
