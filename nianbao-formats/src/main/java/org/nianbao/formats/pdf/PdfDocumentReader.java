package org.nianbao.formats.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
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
import org.nianbao.formats.ReadLimits;

/**
 * Reads a PDF's text layer: every page's glyphs with their positions (PDFBox), tables rebuilt from the lines the
 * page draws ({@link Lattice}), the rest as text lines in reading order. A PDF without a text layer (a scan) is
 * read by OCR when Tesseract is installed ({@link TesseractOcr}; its pages are marked in
 * {@link ExtractedDocument#ocrPages()}, and every table row read from them gets a {@code source.ocr} finding),
 * and otherwise refused with a message saying so; an encrypted PDF that needs a password is refused.
 *
 * <p>Limits (a report is a few pages and well under 20 MB): at most {@value #MAX_BYTES} bytes,
 * {@value #MAX_PAGES} pages, {@value #MAX_GLYPHS_PER_PAGE} characters on a page and {@value #MAX_SECONDS} seconds
 * of extraction (plus {@value TesseractOcr#PAGE_SECONDS} seconds per scanned page for OCR); PDFBox keeps at most
 * {@value #MAX_MEMORY_BYTES} bytes of decoded streams in memory and spills the
 * rest to a temporary file. Stateless and thread-safe.
 */
public final class PdfDocumentReader implements DocumentReader {
    private final Supplier<Optional<TesseractOcr>> ocr;

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

    /** A reader that reads scanned pages by OCR when Tesseract with Chinese data is installed. */
    public PdfDocumentReader() {
        this(true);
    }

    private PdfDocumentReader(boolean ocr) {
        this.ocr = ocr ? Lazy.TESSERACT : Optional::empty;
    }

    /** A reader that never runs OCR: a scanned PDF is refused. */
    public static PdfDocumentReader withoutOcr() {
        return new PdfDocumentReader(false);
    }

    /** Looks for Tesseract once, when the first scanned PDF arrives. */
    private static final class Lazy {
        static final Optional<TesseractOcr> FOUND = TesseractOcr.find();
        static final Supplier<Optional<TesseractOcr>> TESSERACT = () -> FOUND;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.PDF;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        ReadLimits.checkSize(name, content, MAX_BYTES, "PDF 文件");
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

    private ExtractedDocument extract(String name, PDDocument document) throws IOException {
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
        List<List<Glyph>> pageGlyphs = new ArrayList<>(pages);
        List<List<Ruling>> pageRulings = new ArrayList<>(pages);
        int characters = 0;
        int undecodable = 0;
        int images = 0;
        for (int p = 1; p <= pages; p++) {
            checkDeadline(name, deadline, p);
            PDPage page = document.getPage(p - 1);
            List<Glyph> glyphs = collector.collect(document, p);
            if (glyphs.size() > MAX_GLYPHS_PER_PAGE) {
                throw new UnreadableDocumentException(String.format(
                        "%s：PDF 第 %d 页文字过多（%d 个字符，上限 %d），不像一份年度报告", name, p, glyphs.size(),
                        MAX_GLYPHS_PER_PAGE));
            }
            RulingCollector rulings = new RulingCollector(page);
            pageRulings.add(page.getRotation() % 360 == 0 ? rulings.collect() : List.of());
            pageGlyphs.add(glyphs);
            images += rulings.images();
            for (Glyph glyph : glyphs) {
                characters++;
                if (isUndecodable(glyph.text())) {
                    undecodable++;
                }
            }
        }
        Set<Integer> ocrPages = new TreeSet<>();
        if (characters < MIN_CHARACTERS_PER_PAGE * pages) {
            if (images == 0) {
                throw new UnreadableDocumentException(name + "：PDF 中没有可读取的文字");
            }
            TesseractOcr tesseract = ocr.get().orElseThrow(() -> new UnreadableDocumentException(name
                    + "：PDF 是扫描件（页面是图片，没有文字层），无法读取文字；请提供可复制文字的 PDF，"
                    + "或安装文字识别程序 Tesseract（Debian：tesseract-ocr tesseract-ocr-chi-sim）后重试"));
            long ocrDeadline = System.nanoTime() + (long) pages * TesseractOcr.PAGE_SECONDS * 1_000_000_000L;
            for (int p = 1; p <= pages; p++) {
                if (pageGlyphs.get(p - 1).size() >= MIN_CHARACTERS_PER_PAGE) {
                    continue;
                }
                checkDeadline(name, ocrDeadline, p);
                TesseractOcr.Page read = tesseract.read(document, p - 1);
                pageGlyphs.set(p - 1, read.glyphs());
                pageRulings.set(p - 1, read.rulings());
                ocrPages.add(p);
            }
            if (pageGlyphs.stream().mapToInt(List::size).sum() < MIN_CHARACTERS_PER_PAGE) {
                throw new UnreadableDocumentException(name + "：PDF 是扫描件，文字识别（OCR）也未读出文字，无法读取");
            }
        } else if (undecodable * 2 > characters) {
            throw new UnreadableDocumentException(name
                    + "：PDF 的文字无法解码（字体缺少到 Unicode 的映射，复制出来是乱码），无法读取；请提供 Word 版或重新导出的 PDF");
        }
        List<Block> blocks = new ArrayList<>();
        int[] line = {0};
        PageLayout.LineCounter counter = () -> ++line[0];
        for (int p = 1; p <= pages; p++) {
            float height = document.getPage(p - 1).getCropBox().getHeight();
            blocks.addAll(PageLayout.blocks(pageGlyphs.get(p - 1), pageRulings.get(p - 1), height, p, counter));
        }
        return new ExtractedDocument(name, SourceFormat.PDF, blocks, ocrPages);
    }

    private static void checkDeadline(String name, long deadline, int page) {
        if (System.nanoTime() > deadline) {
            throw new UnreadableDocumentException(String.format(
                    "%s：PDF 读取超时（读到第 %d 页时超过时限），已放弃", name, page));
        }
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
