package org.nianbao.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.testkit.Corpus;

class PdfDocumentReaderTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PdfDocumentReader reader = PdfDocumentReader.withoutOcr();

    @Test
    void tableCellsComeOutInTheirGridColumnsWithMergedCellsBlank() throws IOException {
        // a 4-column table: row 0 "Head" spans columns 1-3; column 0 of rows 1-2 is one merged cell written one
        // letter per line; row 2 leaves column 2 blank
        byte[] pdf = pdf(page -> {
            float[] xs = {50, 150, 250, 350, 450};
            float[] ys = {700, 680, 620, 560};
            text(page, 50, 760, "A table of four columns follows");
            page.setLineWidth(0.5f);
            line(page, xs[0], ys[0], xs[4], ys[0]);
            line(page, xs[1], ys[1], xs[4], ys[1]); // no border under column 0 of row 0: still its own cell
            line(page, xs[0], ys[1], xs[1], ys[1]);
            line(page, xs[1], ys[2], xs[4], ys[2]); // column 0 merged over rows 1-2: no border there
            line(page, xs[0], ys[3], xs[4], ys[3]);
            line(page, xs[0], ys[0], xs[0], ys[3]);
            line(page, xs[1], ys[0], xs[1], ys[3]);
            line(page, xs[2], ys[1], xs[2], ys[3]); // columns 1-3 of row 0 merged: no inner borders there
            line(page, xs[3], ys[1], xs[3], ys[3]);
            line(page, xs[4], ys[0], xs[4], ys[3]);
            text(page, 60, 686, "Label");
            text(page, 160, 686, "Head");
            text(page, 60, 650, "X");
            text(page, 60, 638, "Y");
            text(page, 60, 626, "Z");
            text(page, 160, 645, "1");
            text(page, 260, 645, "2");
            text(page, 360, 645, "3");
            text(page, 160, 585, "4");
            text(page, 360, 585, "6");
        });

        ExtractedDocument document = reader.read("table.pdf", pdf);

        assertThat(document.blocks()).hasSize(2);
        assertThat(((Block.Paragraph) document.blocks().get(0)).text()).isEqualTo("A table of four columns follows");
        Block.Table table = (Block.Table) document.blocks().get(1);
        assertThat(table.rows()).extracting(Block.Row::cells).containsExactly(
                List.of("Label", "Head", "", ""),
                List.of("XYZ", "1", "2", "3"),
                List.of("", "4", "", "6"));
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.source().page()).isEqualTo(1));
    }

    @Test
    void textOutsideTablesIsReadLineByLineAndPageNumbersAreDropped() throws IOException {
        byte[] pdf = pdf(page -> {
            text(page, 72, 760, "First line of the report");
            text(page, 72, 740, "Second line");
            text(page, 290, 30, "- 3 -");
        });

        ExtractedDocument document = reader.read("text.pdf", pdf);

        assertThat(document.blocks()).extracting(block -> ((Block.Paragraph) block).text())
                .containsExactly("First line of the report", "Second line");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedSayingSo() throws IOException {
        byte[] pdf = encrypted(pdf(page -> text(page, 72, 760, "secret report text, more than twenty characters")), "user");

        assertThatThrownBy(() -> reader.read("locked.pdf", pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("locked.pdf：PDF 文件已加密，需要密码才能打开，无法读取");
    }

    @Test
    void aPdfRestrictedOnlyByAnOwnerPasswordIsRead() throws IOException {
        byte[] pdf = encrypted(pdf(page -> text(page, 72, 760, "report text that may not be copied, but read")), "");

        ExtractedDocument document = reader.read("restricted.pdf", pdf);

        assertThat(((Block.Paragraph) document.blocks().get(0)).text())
                .isEqualTo("report text that may not be copied, but read");
    }

    @Test
    void aScannedPdfIsRefusedSayingItHasNoTextLayer() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read("scan.pdf", pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("scan.pdf：PDF 是扫描件（页面是图片，没有文字层），无法读取文字");
    }

    @Test
    void aPdfOfTooManyPagesIsRefusedBeforeAnyPageIsRead() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2000; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read("book.pdf", pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.pdf：PDF 共 2000 页，超过上限 300 页，不像一份年度报告");
    }

    @Test
    void aTruncatedPdfIsRefusedAsIncomplete() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.dir().resolve("pdf/hongze-2024.pdf"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read("half.pdf", half))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("half.pdf：PDF 文件不完整（缺少文件结尾，可能下载或复制时中断）");
    }

    @Test
    void garbageAfterThePdfMarkerIsRefusedAsDamaged() {
        byte[] junk = ("%PDF-1.7\n" + "x".repeat(5000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read("junk.pdf", junk))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("junk.pdf：");
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedWithoutParsing() {
        byte[] huge = new byte[PdfDocumentReader.MAX_BYTES + 1];

        assertThatThrownBy(() -> reader.read("huge.pdf", huge))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("huge.pdf：PDF 文件过大（100.0 MB，上限 100 MB），不像一份年度报告");
    }

    private interface PageDrawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private static byte[] pdf(PageDrawing drawing) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream page, float x0, float y0, float x1, float y1) throws IOException {
        page.moveTo(x0, y0);
        page.lineTo(x1, y1);
        page.stroke();
    }

    private static void text(PDPageContentStream page, float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(HELVETICA, 10);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }
}
