package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;
import org.nianbao.core.NianbaoException;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.document.SourceRef;
import org.nianbao.core.document.UnreadableDocumentException;
import org.nianbao.formats.ReadLimits;

/**
 * Reads a web page as saved from a government portal (jsoup): finds the article body among the portal's menus,
 * breadcrumbs and footers ({@link ContentRegion}) and extracts its paragraphs and tables in reading order.
 *
 * <ul>
 *   <li>Charset: byte-order mark, then the page's {@code <meta>} declaration, then the bytes (strict UTF-8, else
 *       GB18030); GBK and GB2312 read as GB18030.
 *   <li>Paragraphs: each block element ({@code p}, {@code div}, {@code h1}…{@code h6}, {@code li}…) is a line, and
 *       {@code <br>} ends one; inline elements ({@code span}, {@code font}, {@code b}, {@code a}, {@code o:p}…) join
 *       without adding spaces; whitespace (also {@code &nbsp;}, U+3000, zero-width space) collapses, and between
 *       Chinese characters disappears. Hidden content, scripts, styles and comments are skipped.
 *   <li>Tables: a table holding no other table becomes a {@link Block.Table}; merged cells are expanded onto the
 *       grid (text in the top-left position, covered positions empty), so values stay in their columns; a cell
 *       holding only whitespace is an empty cell, never 0; line breaks inside a cell join its text. A table holding
 *       tables, or only framing text (a single column, or cells of running text), is layout: its content is read
 *       in order.
 *   <li>Source lines: paragraphs and table rows are numbered 1, 2, 3… in reading order; there are no pages.
 * </ul>
 *
 * <p>Refuses, with a message naming the file: pages over {@value #MAX_BYTES} bytes or {@value #MAX_TAGS} tags,
 * pages whose bytes decode in no charset, pages without any text, tables over {@value TableGrid#MAX_ROWS} rows or
 * {@value TableGrid#MAX_COLUMNS} columns (merged cells expanded) and pages with more than
 * {@value TableGrid#MAX_CELLS} table cells in all. Stateless and thread-safe.
 */
public final class HtmlDocumentReader implements DocumentReader {
    /**
     * The largest page read: 20 MiB. A report's page, portal clutter and inline styles included, is well under a
     * few megabytes; the limit bounds the memory and time a hostile file can take.
     */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /**
     * The most start tags a page may have: 200,000. A long report page exported from Word has some tens of
     * thousands; the limit bounds the tree the parser builds, which for some broken markup (unclosed formatting
     * elements, which the HTML standard tells parsers to reopen again and again) grows several elements per tag.
     */
    public static final int MAX_TAGS = 200_000;

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML;
    }

    @Override
    public ExtractedDocument read(String name, byte[] content) {
        ReadLimits.checkSize(name, content, MAX_BYTES, "网页文件");
        HtmlCharset.Decoded decoded = HtmlCharset.decode(name, content);
        if (startTags(decoded.text()) > MAX_TAGS) {
            throw new UnreadableDocumentException(String.format(
                    "%s：网页标签过多（超过 %d 个），不像一份年度报告", name, MAX_TAGS));
        }
        try {
            HtmlPage page = HtmlPage.of(Parser.htmlParser().parseInput(decoded.text(), ""));
            if (page.items.stream().noneMatch(item -> item.chars() > 0)) {
                throw new UnreadableDocumentException(name + "：网页中没有正文文字");
            }
            return new ExtractedDocument(name, SourceFormat.HTML, blocks(name, ContentRegion.select(page)));
        } catch (NianbaoException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableDocumentException(
                    name + "：网页无法解析（" + e.getClass().getSimpleName() + "），请另存为文本（.txt）后再检查", e);
        }
    }

    /** Counts {@code <} followed by a letter, stopping soon after the limit. */
    private static int startTags(String text) {
        int tags = 0;
        for (int at = text.indexOf('<'); at >= 0 && tags <= MAX_TAGS; at = text.indexOf('<', at + 1)) {
            if (at + 1 < text.length() && isAsciiLetter(text.charAt(at + 1))) {
                tags++;
            }
        }
        return tags;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static List<Block> blocks(String name, List<PageItem> items) {
        TableGrid grid = new TableGrid(name);
        List<Block> blocks = new ArrayList<>(items.size());
        int line = 1;
        for (PageItem item : items) {
            if (item instanceof PageItem.Line) {
                blocks.add(new Block.Paragraph(((PageItem.Line) item).text(), SourceRef.line(line++)));
            } else if (item instanceof PageItem.Table) {
                List<Block.Row> rows = new ArrayList<>();
                for (List<String> cells : grid.expand((PageItem.Table) item)) {
                    rows.add(new Block.Row(cells, SourceRef.line(line++)));
                }
                if (!rows.isEmpty()) {
                    blocks.add(new Block.Table(rows, rows.get(0).source()));
                }
            }
        }
        return blocks;
    }
}
