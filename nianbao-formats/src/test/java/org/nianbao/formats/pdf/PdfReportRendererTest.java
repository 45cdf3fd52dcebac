package org.nianbao.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
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

class PdfReportRendererTest {
    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Test
    void isThePdfFormat() {
        assertThat(renderer.format()).isEqualTo("pdf");
    }

    @Test
    void everyFontIsEmbeddedAndTheTextExtracts() throws IOException {
        AnnualReport report = Reports.balanced2021();
        byte[] pdf = renderer.render(ReportLayout.of(report), List.of());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
                    .extracting(PDFont::getName).allSatisfy(name -> assertThat(name).endsWith("+WenQuanYiMicroHei"));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains(report.title(), Section.APPLICATIONS.heading(),
                    ReportLayout.TABLE3_NOTE, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void charactersTheFontLacksNeverBringInAFontThatIsNotEmbedded() throws IOException {
        // Latin-1 and WinAnsi punctuation (which PDF's built-in fonts have), an Extension B ideograph and an emoji
        // (which WenQuanYi Micro Hei lacks)
        String odd = "Ünïcödé €‰•…–—‘’“”™ © ® ¼ ß Ø ¿ 𠀀 😀 ㄅ ①";
        ReportDocument document = new ReportDocument("某局2023年政府信息公开工作年度报告",
                List.of(new ReportDocument.Heading(Section.OVERVIEW.heading()), new ReportDocument.Paragraph(odd)));

        try (PDDocument pdf = Loader.loadPDF(renderer.render(document, List.of()))) {
            assertThat(fonts(pdf)).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ünïcödé €‰•…–—‘’“”™ © ® ¼ ß Ø ¿");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        ReportDocument document = ReportLayout.of(Reports.balanced2019());
        List<Annotation> notes = List.of(new Annotation(
                CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true, "总计不等于各列之和"));

        assertThat(renderer.render(document, notes)).isEqualTo(renderer.render(document, notes));
    }

    @Test
    void rendersInParallelGiveTheBytesOfRendersInTurn() throws Exception {
        // the parsed font face is shared by all renders: parallel renders must not disturb each other
        List<ReportDocument> documents = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            documents.add(ReportLayout.of(Reports.balanced(seed)));
        }
        List<byte[]> inTurn = new ArrayList<>();
        for (ReportDocument document : documents) {
            inTurn.add(renderer.render(document, List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (ReportDocument document : documents) {
                    parallel.add(pool.submit(() -> renderer.render(document, List.of())));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).as("render %d", i).isEqualTo(inTurn.get(i % documents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAnnotatedCopyWritesTheNotesAfterTheirTableAndMarksTheCell() throws IOException {
        AnnualReport report = Reports.balanced2021();
        List<Annotation> notes = List.of(
                new Annotation(CellPath.of(ApplicationRow.GRANTED, ApplicantColumn.TOTAL), "错误", true,
                        "（一）予以公开的总计不等于各类申请人之和"),
                new Annotation(CellPath.section(Section.OTHER), "警告", false, "未说明信息处理费收取情况"));

        byte[] pdf = renderer.render(ReportLayout.of(report), notes);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("审核意见", "[1]错误：（一）予以公开的总计不等于各类申请人之和",
                    "[2]警告：未说明信息处理费收取情况");
            assertThat(text.indexOf("[1]错误")).isGreaterThan(text.indexOf("（七）总计"))
                    .isLessThan(text.indexOf(Section.REVIEW_LITIGATION.heading()));
            assertThat(text.indexOf("[2]警告")).isGreaterThan(text.indexOf(Section.OTHER.heading()));
            // the marker follows the annotated value
            String total =
                    ReportLayout.printed(report.applications().cell(ApplicationRow.GRANTED, ApplicantColumn.TOTAL));
            assertThat(text).contains(total + "[1]（二）部分公开");
        }
        // the shading does not hide a ruling: the annotated copy's tables are still read as tables
        ExtractedDocument read = PdfDocumentReader.withoutOcr().read("annotated.pdf", pdf);
        assertThat(read.blocks()).filteredOn(block -> block instanceof Block.Table).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowsAndSplitsNoRow() throws IOException {
        List<GridCell> cells = new ArrayList<>();
        cells.add(new GridCell(0, 0, 1, 2, GridCell.Kind.HEADER, "长表表头", null, null));
        int rows = 90;
        for (int r = 1; r <= rows; r++) {
            cells.add(new GridCell(r, 0, 1, 1, GridCell.Kind.LABEL, "第" + r + "行", null, null));
            cells.add(new GridCell(r, 1, 1, 1, GridCell.Kind.VALUE, Integer.toString(r), null, null));
        }
        Grid grid = new Grid("表三", rows + 1, 2, 1, cells);
        ReportDocument document = new ReportDocument("某局2023年政府信息公开工作年度报告",
                List.of(new ReportDocument.Heading(Section.APPLICATIONS.heading()), new ReportDocument.Table(grid)));

        byte[] pdf = renderer.render(document, List.of());

        ExtractedDocument read = PdfDocumentReader.withoutOcr().read("long.pdf", pdf);
        List<Block.Table> tables = read.blocks().stream()
                .filter(block -> block instanceof Block.Table).map(block -> (Block.Table) block).toList();
        assertThat(tables).hasSizeGreaterThan(1);
        List<List<String>> dataRows = new ArrayList<>();
        for (Block.Table table : tables) {
            // every page's part of the table starts with the header row
            assertThat(table.rows().get(0).cells()).containsExactly("长表表头", "");
            table.rows().subList(1, table.rows().size()).forEach(row -> dataRows.add(row.cells()));
        }
        assertThat(dataRows).hasSize(rows);
        for (int r = 1; r <= rows; r++) {
            assertThat(dataRows.get(r - 1)).containsExactly("第" + r + "行", Integer.toString(r));
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
