package org.nianbao.formats.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.UnreadableDocumentException;

/**
 * Reads a PDF's text layer: every page's glyphs with their positions (PDFBox), tables rebuilt from the lines the
 * page draws ({@link Lattice}), the rest as text lines in reading order. A PDF without a text layer (a scan) is
 * refused with a message saying so; so is an encrypted one that needs a password.
 *
 * <p>Limits (a report is a few pages and well under 20 MB): at most {@value #MAX_BYTES} bytes,
 * {@value #MAX_PAGES} pages, {@value #MAX_GLYPHS_PER_PAGE} characters on a page and {@value #MAX_SECONDS} seconds
 * of extraction; PDFBox keeps at most {@value #MAX_MEMORY_BYTES} bytes of decoded streams in memory and spills the
 * rest to a temporary file. Stateless and thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** The largest PDF read: 100 MiB. */
    public static final int MAX_BYTES = 100 * 1024 * 1024;
    /** The most pages read: a report is a handful; a long book is not a report. */
    public static final int MAX_PAGES = 300;
    /** The most characters on one page: an A4 page of small print holds about 3,000. */
    public static final int MAX_GLYPHS_PER_PAGE = 50_000;
    /** The longest extraction allowed. */
    public static final int MAX_SECONDS = 60;
    /** Decoded stream bytes kept in memory before PDFBox spills to a temporary file. */
    public static final long MAX_MEMORY_BYTES = 64L * 1024 * 1024;
    /** Fewer characters than this per page on average: no text layer (a scan). */
    private static final int MIN_CHARACTERS_PER_PAGE = 20;

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocumentException(String.format(
                    "%s：PDF 文件过大（%.1f MB，上限 %d MB），不像一份年度报告", name, content.length / 1048576.0,
                    MAX_BYTES / 1048576));
        }
        if (!hasEndMarker(content)) {
            // PDFBox would recover the pages before the cut and we would check half a report as if whole
            throw new UnreadableDocumentException(name + "：PDF 文件不完整（缺少文件结尾，可能下载或复制时中断），无法读取");
        }
        try (PDDocument document = Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMixed(MAX_MEMORY_BYTES).streamCache)) {
            return extract(name, document);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(name + "：PDF 文件已加密，需要密码才能打开，无法读取");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name + "：PDF 文件已损坏，无法读取（" + reason(e) + "）", e);
        }
    }

    /** Whether the file ends with the {@code %%EOF} marker, as a complete PDF does (give or take trailing bytes). */
    private static boolean hasEndMarker(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        for (int i = content.length - 5; i >= from; i--) {
            if (content[i] == '%' && content[i + 1] == '%' && content[i + 2] == 'E' && content[i + 3] == 'O'
                    && content[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static ExtractedDocument extract(String name, PDDocument document) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            throw new UnreadableDocumentException(name + "：PDF 文件没有页面");
        }
        if (pages > MAX_PAGES) {
            throw new UnreadableDocumentException(String.format(
                    "%s：PDF 共 %d 页，超过上限 %d 页，不像一份年度报告", name, pages, MAX_PAGES));
        }
        long deadline = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        GlyphCollector collector = new GlyphCollector();
        List<Block> blocks = new ArrayList<>();
        int[] line = {0};
        PageLayout.LineCounter counter = () -> ++line[0];
        int characters = 0;
        int undecodable = 0;
        int images = 0;
        for (int p = 1; p <= pages; p++) {
            if (System.nanoTime() > deadline) {
                throw new UnreadableDocumentException(String.format(
                        "%s：PDF 读取超时（超过 %d 秒，读到第 %d 页），已放弃", name, MAX_SECONDS, p));
            }
            PDPage page = document.getPage(p - 1);
            List<Glyph> glyphs = collector.collect(document, p);
            if (glyphs.size() > MAX_GLYPHS_PER_PAGE) {
                throw new UnreadableDocumentException(String.format(
                        "%s：PDF 第 %d 页文字过多（%d 个字符，上限 %d），不像一份年度报告", name, p, glyphs.size(),
                        MAX_GLYPHS_PER_PAGE));
            }
            RulingCollector rulings = new RulingCollector(page);
            List<Ruling> lines = page.getRotation() % 360 == 0 ? rulings.collect() : List.of();
            images += rulings.images();
            for (Glyph glyph : glyphs) {
                characters++;
                if (isUndecodable(glyph.text())) {
                    undecodable++;
                }
            }
            blocks.addAll(PageLayout.blocks(glyphs, lines, page.getCropBox().getHeight(), p, counter));
        }
        if (characters < MIN_CHARACTERS_PER_PAGE * pages) {
            throw new UnreadableDocumentException(name + (images > 0
                    ? "：PDF 是扫描件（页面是图片，没有文字层），无法读取文字；请提供可复制文字的 PDF，或先做文字识别（OCR）"
                    : "：PDF 中没有可读取的文字"));
        }
        if (undecodable * 2 > characters) {
            throw new UnreadableDocumentException(name
                    + "：PDF 的文字无法解码（字体缺少到 Unicode 的映射，复制出来是乱码），无法读取；请提供 Word 版或重新导出的 PDF");
        }
        return new ExtractedDocument(name, SourceFormat.PDF, blocks);
    }

    /** U+FFFD, private-use and control characters: a font without a Unicode map. */
    private static boolean isUndecodable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF' || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
