package org.nianbao.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.formats.RoundTrip;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

class DocxReportRendererTest {
    private final DocxReportRenderer renderer = new DocxReportRenderer();

    @Test
    void isTheDocxFormat() {
        assertThat(renderer.format()).isEqualTo("docx");
    }

    static List<AnnualReport> bothFormats() {
        return List.of(Reports.balanced2021(), Reports.balanced2019());
    }

    @ParameterizedTest
    @MethodSource("bothFormats")
    void everyTableIsDrawnExactlyAsItsGridWithSpansAndVerticalMerges(AnnualReport report) {
        ReportDocument layout = ReportLayout.of(report);
        XWPFDocument word = DocxRenderedTables.open(renderer.render(layout, List.of()));
        List<Grid> grids = DocxRenderedTables.grids(layout);

        assertThat(word.getTables()).hasSameSizeAs(grids);
        for (int t = 0; t < grids.size(); t++) {
            Grid grid = grids.get(t);
            XWPFTable table = word.getTables().get(t);
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(grid.columns());
            assertThat(table.getRows()).hasSize(grid.rows());
            List<DocxRenderedTables.Tc> cells = DocxRenderedTables.cells(table);
            for (DocxRenderedTables.Tc tc : cells) {
                GridCell anchored = grid.anchoredAt(tc.row(), tc.column());
                String where = grid.name() + " (" + tc.row() + "," + tc.column() + ")";
                if (anchored != null) {
                    assertThat(tc.span()).as(where).isEqualTo(anchored.columnSpan());
                    assertThat(tc.merge()).as(where).isEqualTo(anchored.rowSpan() > 1 ? "restart" : null);
                    assertThat(tc.text()).as(where).isEqualTo(anchored.text());
                } else {
                    GridCell covering = grid.covering(tc.row(), tc.column());
                    assertThat(covering).as(where).isNotNull();
                    assertThat(covering.column()).as(where).isEqualTo(tc.column());
                    assertThat(tc.span()).as(where).isEqualTo(covering.columnSpan());
                    assertThat(tc.merge()).as(where).isEqualTo("continue");
                    assertThat(tc.text()).as(where).isEmpty();
                }
            }
            // every grid cell has its w:tc: as many anchors as cells
            assertThat(cells.stream().filter(tc -> !"continue".equals(tc.merge()))).hasSameSizeAs(grid.cells());
        }
    }

    @Test
    void headerRowsRepeatAndAreBoldAndCentredAndEveryCellHasASingleHalfPointBorder() {
        ReportDocument layout = ReportLayout.of(Reports.balanced2021());
        XWPFDocument word = DocxRenderedTables.open(renderer.render(layout, List.of()));
        List<Grid> grids = DocxRenderedTables.grids(layout);

        for (int t = 0; t < grids.size(); t++) {
            Grid grid = grids.get(t);
            XWPFTable table = word.getTables().get(t);
            for (int r = 0; r < grid.rows(); r++) {
                CTTrPr trPr = table.getRow(r).getCtRow().getTrPr();
                assertThat(trPr.sizeOfTblHeaderArray() > 0).as("%s row %d", grid.name(), r)
                        .isEqualTo(r < grid.headerRows());
            }
            CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
            for (var border : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
                    borders.getInsideH(), borders.getInsideV())) {
                assertThat(border.getVal()).isEqualTo(STBorder.SINGLE);
                assertThat(border.getSz()).isEqualTo(BigInteger.valueOf(4));
            }
            int width = 0;
            for (var column : table.getCTTbl().getTblGrid().getGridColArray()) {
                width += ((Number) column.getW()).intValue();
            }
            assertThat(width).isLessThanOrEqualTo(DocxRenderStyle.TEXT_WIDTH);
            for (DocxRenderedTables.Tc tc : DocxRenderedTables.cells(table)) {
                GridCell cell = grid.anchoredAt(tc.row(), tc.column());
                if (cell == null || cell.text().isEmpty()) {
                    continue;
                }
                XWPFParagraph paragraph = tc.cell().getParagraphs().get(0);
                XWPFRun run = paragraph.getRuns().get(0);
                assertThat(run.isBold()).isEqualTo(cell.kind() == GridCell.Kind.HEADER);
                assertThat(fonts(run).getEastAsia()).isEqualTo("宋体");
                if (cell.kind() != GridCell.Kind.LABEL) {
                    assertThat(paragraph.getAlignment().name()).isEqualTo("CENTER");
                }
            }
        }
    }

    @Test
    void aBlankValueIsAnEmptyCellNeverZero() {
        AnnualReport report = Reports.balanced2021();
        AnnualReport withBlank = report.withApplications(
                report.applications().with(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH, Cell.BLANK));
        ReportDocument layout = ReportLayout.of(withBlank);
        Grid table3 = DocxRenderedTables.grids(layout).get(1);
        GridCell blank = table3.cells().stream()
                .filter(c -> CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.ORG_RESEARCH).equals(c.path()))
                .findFirst()
                .orElseThrow();

        XWPFDocument word = DocxRenderedTables.open(renderer.render(layout, List.of()));
        DocxRenderedTables.Tc tc = DocxRenderedTables.at(word.getTables().get(1), blank.row(), blank.column());

        assertThat(tc.text()).isEmpty();
        assertThat(tc.cell().getParagraphs()).hasSize(1);
        assertThat(tc.cell().getParagraphs().get(0).getRuns()).isEmpty();
    }

    @Test
    void pageIsA4PortraitWithGovernmentDocumentMarginsAndFontsAreNamedForEastAsianText() {
        AnnualReport report = Reports.balanced2021();
        XWPFDocument word = DocxRenderedTables.open(renderer.render(ReportLayout.of(report), List.of()));

        CTSectPr section = word.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = section.getPgMar();
        assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098)); // 3.7 cm
        assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984)); // 3.5 cm
        assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587)); // 2.8 cm
        assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474)); // 2.6 cm

        List<XWPFParagraph> paragraphs = word.getParagraphs();
        XWPFParagraph title = paragraphs.get(0);
        assertThat(title.getText()).isEqualTo(ReportLayout.title(report));
        assertThat(title.getAlignment().name()).isEqualTo("CENTER");
        assertThat(fonts(title.getRuns().get(0)).getEastAsia()).isEqualTo("方正小标宋简体");
        assertThat(fonts(title.getRuns().get(0)).getAscii()).isEqualTo("方正小标宋简体");
        assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);

        XWPFParagraph heading = paragraphs.get(1);
        assertThat(heading.getText()).isEqualTo("一、总体情况");
        assertThat(fonts(heading.getRuns().get(0)).getEastAsia()).isEqualTo("黑体");
        assertThat(heading.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);

        XWPFParagraph body = paragraphs.get(2);
        assertThat(fonts(body.getRuns().get(0)).getEastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
        assertThat(body.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));

        // the substitutes Word and WPS use when a named font is missing
        assertThat(word.getPackage().getPartsByName(Pattern.compile("/word/fontTable.xml")))
                .hasSize(1);
    }

    @Test
    void controlCharactersOfExtractedTextAreDroppedSoTheFileStaysValidXml() {
        AnnualReport report = Reports.balanced2021();
        Map<Section, String> sections = new EnumMap<>(report.sections());
        sections.put(Section.OTHER, "本机关\u000B无\f其他\tneed\u0000事项\uD800。");
        AnnualReport odd = new AnnualReport(report.formatVersion(), report.agency(), report.year(), report.title(),
                sections, report.proactive(), report.applications(), report.reviewLitigation());

        XWPFDocument word = DocxRenderedTables.open(renderer.render(ReportLayout.of(odd), List.of()));

        assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("本机关无其他 need事项。"));
        assertThat(DocxRenderStyle.xmlText("𠀀 ok")).isEqualTo("𠀀 ok");
    }

    @Test
    void aDocumentEndingWithATableEndsWithAParagraphAndOtherwiseHasNoStrayOne() {
        ReportDocument full = ReportLayout.of(Reports.balanced2021());
        Grid table4 = DocxRenderedTables.grids(full).get(2);
        XWPFDocument endsWithTable = DocxRenderedTables.open(renderer.render(
                new ReportDocument("某局2021年政府信息公开工作年度报告", List.of(new ReportDocument.Table(table4))),
                List.of()));
        XWPFDocument normal = DocxRenderedTables.open(renderer.render(full, List.of()));

        List<IBodyElement> elements = endsWithTable.getBodyElements();
        assertThat(elements.get(elements.size() - 1)).isInstanceOf(XWPFParagraph.class);
        List<XWPFParagraph> paragraphs = normal.getParagraphs();
        assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isNotEmpty();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    /**
     * Reports of both formats (the corpus is all 2021) with blank and unreadable cells round-trip too: the 2019
     * table 二 and its single （六）其他处理 row are read back in place.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void syntheticReportsOfBothFormatsRoundTripWithBlankAndUnreadableCells(long seed) {
        AnnualReport report = Reports.balanced(seed);
        report = report.withApplications(report.applications()
                .with(ApplicationRow.CARRIED_OVER, ApplicantColumn.ORG_LEGAL_SERVICE, Cell.BLANK)
                .with(ApplicationRow.GRANTED, ApplicantColumn.ORG_OTHER, new Cell.Unreadable("1.5")));
        report = report.withReviewLitigation(
                report.reviewLitigation().with(ReviewGroup.REVIEW, ReviewOutcome.PENDING, Cell.BLANK));

        byte[] docx = renderer.render(ReportLayout.of(report), List.of());
        AnnualReport back = new ReportRecognizer().recognize(new DocxDocumentReader().read("r.docx", docx)).report();

        assertThat(RoundTrip.differences(report, back)).isEmpty();
    }

    private static CTFonts fonts(XWPFRun run) {
        CTRPr rPr = run.getCTR().getRPr();
        return rPr.getRFontsArray(0);
    }
}
