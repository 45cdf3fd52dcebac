package org.nianbao.formats.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;

/**
 * A scanned report (a published PDF printed to images, as a scanner would give it) is read by OCR when Tesseract
 * with Chinese data is installed, and every table row read from it is marked. Skipped on machines without it.
 */
class PdfOcrTest {

    @Test
    void aScannedReportIsReadByOcrAndEveryTableRowIsMarked() throws IOException {
        assumeTrue(TesseractOcr.find().isPresent(), "tesseract with chi_sim is not installed");
        byte[] scan = scanned(Files.readAllBytes(Corpus.dir().resolve("pdf/hongze-2023.pdf")));
        PdfDocumentReader reader = new PdfDocumentReader();

        ExtractedDocument document = reader.read("scan.pdf", scan);
        CheckedReport checked =
                new ReportPipeline(reader, new ReportRecognizer(), Validator.standard()).check(document);

        assertThat(document.ocrPages()).isEqualTo(Set.of(1, 2, 3, 4, 5));
        List<Finding> ocr = checked.findings().stream().filter(f -> f.rule() == RuleId.SOURCE_OCR).toList();
        assertThat(ocr).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.page()).isNotNull();
            assertThat(finding.message()).contains("由文字识别（OCR）从扫描页读出");
        });
        // table 三 sits on pages 3 and 4: its rows are among those marked
        assertThat(ocr).anySatisfy(f -> assertThat(f.cell().value()).startsWith("applications."));
        assertThat(ocr).extracting(Finding::page).contains(3, 4);
    }

    /** The pages as grey JPEG images at 200 dpi and nothing else: no text layer. */
    private static byte[] scanned(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(JPEGFactory.createFromImage(scan, image, 0.8f), 0, 0, 595, 842);
                }
            }
            scan.save(out);
            return out.toByteArray();
        }
    }
}
