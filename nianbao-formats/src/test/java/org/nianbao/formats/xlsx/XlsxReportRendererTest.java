package org.nianbao.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
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
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Section;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Reports;

class XlsxReportRendererTest {
    private final XlsxReportRenderer renderer = new XlsxReportRenderer();

    @Test
    void isTheXlsxFormat() {
        assertThat(renderer.format()).isEqualTo("xlsx");
    }

    @Test
    void sheetsAreTheOverviewTheThreeTablesAndTheNotes() {
        AnnualReport report = Reports.balanced2021();
        XSSFWorkbook workbook = open(renderer.render(ReportLayout.of(report), List.of()));

        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("概况", "表二", "表三", "表四", "审核意见");
        XSSFSheet overview = workbook.getSheet(XlsxReportRenderer.OVERVIEW_SHEET);
        assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ReportLayout.title(report));
        assertThat(column(overview)).contains(Section.OVERVIEW.heading(), Section.OTHER.heading(),
                report.sections().get(Section.OTHER));
    }

    static Stream<CorpusCase> corpus() {
        return Stream.concat(Corpus.seeds(), Corpus.pdfs());
    }

    /** Every corpus report: each grid cell where the layout puts it, numbers numeric, blanks empty, merges exact. */
    @ParameterizedTest
    @MethodSource("corpus")
    void corpusReportIsDrawnCellForCellWithNumericCellsAndMergedRegions(CorpusCase corpusCase) throws IOException {
        ReportPipeline pipeline =
                new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());
        AnnualReport report = pipeline.check(corpusCase.source().getFileName().toString(),
                Files.readAllBytes(corpusCase.source())).report();
        assertGridsDrawn(report);
    }

    @Test
    void bothFormatsWithBlankUnreadableAndUnitAmountsAreDrawnCellForCell() {
        for (AnnualReport report : List.of(Reports.balanced2021(3), Reports.balanced2019(5))) {
            AnnualReport odd = report
                    .withApplications(report.applications()
                            .with(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH, Cell.BLANK)
                            .with(ApplicationRow.PARTIAL, ApplicantColumn.ORG_OTHER, new Cell.Unreadable("l0")))
                    .withProactive(report.proactive().with(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN,
                            new Cell.Amount(new BigDecimal("251000"), "元")));
            assertGridsDrawn(odd);
        }
    }

    @Test
    void aBlankIsAnEmptyCellNeverZeroAndAnAmountShowsExactlyItsDecimals() {
        AnnualReport report = Reports.balanced2021();
        report = report
                .withApplications(report.applications()
                        .with(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH, Cell.BLANK))
                .withProactive(report.proactive().with(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN,
                        new Cell.Amount(new BigDecimal("6133.0400"), null)));
        ReportDocument layout = ReportLayout.of(report);
        XSSFWorkbook workbook = open(renderer.render(layout, List.of()));

        GridCell blank = find(layout, CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH));
        XSSFCell blankCell = workbook.getSheet("表三").getRow(blank.row()).getCell(blank.column());
        assertThat(blankCell.getCellType()).isEqualTo(CellType.BLANK);
        assertThat(blankCell.getCellStyle().getBorderTop().name()).isEqualTo("THIN");

        GridCell fee = find(layout, CellPath.of(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN));
        XSSFCell feeCell = workbook.getSheet("表二").getRow(fee.row()).getCell(fee.column());
        assertThat(feeCell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(feeCell.getNumericCellValue()).isEqualTo(6133.04);
        assertThat(feeCell.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
        assertThat(new DataFormatter().formatCellValue(feeCell)).isEqualTo("6133.0400");
    }

    @Test
    void theNotesSheetHasItsHeaderRowEvenWithoutAnnotations() {
        XSSFWorkbook workbook = open(renderer.render(ReportLayout.of(Reports.balanced2021()), List.of()));

        XSSFSheet notes = workbook.getSheet(XlsxReportRenderer.NOTES_SHEET);
        assertThat(row(notes.getRow(0))).isEqualTo(XlsxReportRenderer.NOTES_HEADER);
        assertThat(notes.getLastRowNum()).isZero();
        assertThat(workbook.getSheet("表三").getCellComments()).isEmpty();
    }

    @Test
    void annotatedCellsAreFilledWithACommentAndTheNotesSheetListsEveryAnnotation() {
        CellPath granted = CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON);
        Annotation cellError = new Annotation(granted, "错误", true, "（一）予以公开·自然人 为 14，但应为 15");
        Annotation rowWarning = new Annotation(new CellPath("applications.carried_forward"), "警告", false,
                "四、结转下年度继续办理 与下年度报告不一致");
        Annotation sectionWarning = new Annotation(CellPath.section(Section.OTHER), "警告", false, "第六部分年份不一致");
        Annotation columnNote = new Annotation(new CellPath("applications.column.org_research"), "提示", false,
                "「科研单位」应为「科研机构」");
        ReportDocument layout = ReportLayout.of(Reports.balanced2021());
        XSSFWorkbook workbook = open(renderer.render(layout,
                List.of(columnNote, rowWarning, cellError, sectionWarning)));
        XSSFSheet table3 = workbook.getSheet("表三");

        GridCell grantedCell = find(layout, granted);
        XSSFCell errorCell = table3.getRow(grantedCell.row()).getCell(grantedCell.column());
        assertThat(errorCell.getNumericCellValue()).isEqualTo((double) grantedCell.value().count().getAsLong());
        assertThat(errorCell.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFC7CE");
        assertThat(errorCell.getCellComment().getString().getString()).contains("错误", cellError.message());

        int carried = find(layout, CellPath.of(ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)).row();
        for (int c = 3; c < 10; c++) {
            assertThat(table3.getRow(carried).getCell(c).getCellStyle().getFillForegroundColorColor().getARGBHex())
                    .endsWith("FFEB9C");
        }
        assertThat(table3.getCellComments()).hasSize(2);
        XSSFCell plain = table3.getRow(carried - 1).getCell(3);
        assertThat(plain.getCellStyle().getFillForegroundColorColor()).isNull();

        XSSFSheet notes = workbook.getSheet(XlsxReportRenderer.NOTES_SHEET);
        assertThat(notes.getLastRowNum()).isEqualTo(4);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            rows.add(row(notes.getRow(r)));
        }
        // numbered in workbook order: the overview's headings, then 表三 row by row, then what no cell shows
        assertThat(rows).containsExactly(
                List.of("1", "sections.other", "警告", sectionWarning.message(), "概况!A" + overviewRow(workbook)),
                List.of("2", granted.value(), "错误", cellError.message(),
                        "表三!" + new CellReference(grantedCell.row(), grantedCell.column())
                                .formatAsString()),
                List.of("3", "applications.carried_forward", "警告", rowWarning.message(), "表三!D" + (carried + 1)),
                List.of("4", "applications.column.org_research", "提示", columnNote.message(), ""));
        assertThat(notes.getRow(2).getCell(4).getHyperlink().getAddress()).isEqualTo(rows.get(1).get(4));
    }

    private void assertGridsDrawn(AnnualReport report) {
        ReportDocument layout = ReportLayout.of(report);
        XSSFWorkbook workbook = open(renderer.render(layout, List.of()));
        for (Grid grid : grids(layout)) {
            XSSFSheet sheet = workbook.getSheet(grid.name());
            List<CellRangeAddress> merged = sheet.getMergedRegions();
            int spanning = 0;
            for (GridCell cell : grid.cells()) {
                String where = grid.name() + " (" + cell.row() + "," + cell.column() + ")";
                XSSFCell drawn = sheet.getRow(cell.row()).getCell(cell.column());
                if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                    spanning++;
                    assertThat(merged).as(where).contains(new CellRangeAddress(cell.row(),
                            cell.row() + cell.rowSpan() - 1, cell.column(), cell.column() + cell.columnSpan() - 1));
                }
                if (cell.kind() != GridCell.Kind.VALUE) {
                    assertThat(drawn.getStringCellValue()).as(where).isEqualTo(cell.text());
                    continue;
                }
                Cell value = cell.value();
                if (value instanceof Cell.Count count) {
                    assertThat(drawn.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(drawn.getNumericCellValue()).as(where).isEqualTo((double) count.value());
                } else if (value instanceof Cell.Amount amount && amount.unit() == null) {
                    assertThat(drawn.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(new BigDecimal(Double.toString(drawn.getNumericCellValue())))
                            .as(where).isEqualByComparingTo(amount.value());
                    assertThat(new DataFormatter().formatCellValue(drawn))
                            .as(where).isEqualTo(amount.value().toPlainString());
                } else if (value instanceof Cell.Blank) {
                    assertThat(drawn.getCellType()).as(where).isEqualTo(CellType.BLANK);
                } else {
                    assertThat(drawn.getCellType()).as(where).isEqualTo(CellType.STRING);
                    assertThat(drawn.getStringCellValue()).as(where).isEqualTo(cell.text());
                }
            }
            assertThat(merged).as(grid.name()).hasSize(spanning);
        }
    }

    private static int overviewRow(XSSFWorkbook workbook) {
        XSSFSheet overview = workbook.getSheet(XlsxReportRenderer.OVERVIEW_SHEET);
        for (int r = 0; r <= overview.getLastRowNum(); r++) {
            XSSFRow row = overview.getRow(r);
            if (row != null && row.getCell(0) != null
                    && Section.OTHER.heading().equals(row.getCell(0).getStringCellValue())) {
                return r + 1;
            }
        }
        throw new AssertionError("no heading 六 on the overview sheet");
    }

    private static List<String> column(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null) {
                texts.add(row.getCell(0).getStringCellValue());
            }
        }
        return texts;
    }

    private static List<String> row(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    private static GridCell find(ReportDocument layout, CellPath path) {
        return grids(layout).stream()
                .flatMap(grid -> grid.cells().stream())
                .filter(cell -> path.equals(cell.path()))
                .findFirst()
                .orElseThrow();
    }

    private static List<Grid> grids(ReportDocument document) {
        return document.parts().stream()
                .filter(part -> part instanceof ReportDocument.Table)
                .map(part -> ((ReportDocument.Table) part).grid())
                .toList();
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
