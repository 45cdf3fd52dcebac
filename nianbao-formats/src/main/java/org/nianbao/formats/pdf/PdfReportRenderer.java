package org.nianbao.formats.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.formats.html.ReportHtml;

/**
 * Draws a report as an A4 PDF: the page {@link ReportHtml} writes (the same layout as the HTML output), laid out
 * and painted by openhtmltopdf on PDFBox.
 *
 * <ul>
 *   <li>Fonts: WenQuanYi Micro Hei from the jar, embedded as a subset with a Unicode map, so the text is
 *       selectable and extracts as written; the page names no other family, so no text falls back to PDFBox's
 *       built-in (not embedded) fonts, and no system font is looked up ({@link EmbeddedFont}).
 *   <li>Tables: every cell ruled with a thin black line (0.75 pt), merged cells as the layout merges them, so the
 *       lattice reader ({@link PdfDocumentReader}) rebuilds them; the header rows repeat on a new page and a row is
 *       never split across pages.
 *   <li>Reviewer's copy: annotated cells shaded (red for errors, amber for warnings and notes), numbered markers
 *       linking to the 「审核意见」 after the table.
 *   <li>Deterministic: no creation date, and a document id made from the content, so the same input gives the
 *       same bytes.
 *   <li>Self-contained: openhtmltopdf may load nothing from outside (the page links to nothing anyway).
 * </ul>
 *
 * <p>Stateless and thread-safe: each render builds its own renderer, document and Type 0 font (from the one
 * parsed face that all renders share).
 */
public final class PdfReportRenderer implements ReportRenderer {
    private static final String PRODUCER = "nianbao (openhtmltopdf, Apache PDFBox)";

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public byte[] render(ReportDocument document, List<Annotation> annotations) {
        String html = ReportHtml.page(document, annotations, ReportHtml.Medium.PDF);
        try {
            return pdf(html, document.title());
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 生成失败：" + e.getMessage(), e);
        }
    }

    private static byte[] pdf(String html, String title) throws IOException {
        QuietXRLogger.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .useFont(new PDFontSupplier(EmbeddedFont.load(pdf)), ReportHtml.PDF_FONT_FAMILY, 400,
                            BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer(PRODUCER)
                    .withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(null);
            info.setTitle(title);
            info.setProducer(PRODUCER);
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            byte[] id = id(html);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
        return out.toByteArray();
    }

    /** The document id: the first 16 bytes of the SHA-256 of the page, the same for the same content. */
    private static byte[] id(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
