package org.nianbao.formats.docx;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.SourceRef;
import org.nianbao.core.document.UnreadableDocumentException;

/**
 * Turns the {@link WordContent} a Word reader built into blocks, and keeps the per-document budget while the reader
 * builds it. One instance per read; not thread-safe (it need not be: readers create one per call).
 *
 * <p>The rules both Word readers share:
 *
 * <ul>
 *   <li>A line becomes a {@link Block.Paragraph}: whitespace at both ends trimmed (tabs kept, they delimit cells),
 *       dropped when nothing but whitespace and tabs is left.
 *   <li>A table row becomes a {@link Block.Row} with one cell per grid column: a cell covering several columns
 *       gives its text and then {@code ""} for each further column; covered positions (merge continuations, empty
 *       grid positions) give {@code ""}. Never a number for a blank.
 *   <li>Cell text: the cell's paragraphs joined with nothing and whitespace collapsed ({@link #cellText}).
 *   <li>Layout tables are unwrapped: a table of a single cell, and any row with a cell holding a table or at least
 *       {@value #LAYOUT_LINES} lines of text, give their contents as paragraphs and tables in reading order instead of
 *       a row; a table is split around such a row.
 *   <li>{@link SourceRef#line()} is the running number of the paragraph or row in reading order, from 1; a table
 *       starts at the line of its first row.
 * </ul>
 */
public final class WordBlocks {
    /** The most paragraphs and table rows one document may hold: far more than any annual report. */
    public static final int MAX_LINES = 200_000;

    /** The most table cells (grid positions) one document may hold. */
    public static final int MAX_CELLS = 1_000_000;

    /** The most grid columns one table row may have (Word itself allows 63). */
    public static final int MAX_GRID_COLUMNS = 256;

    /** The deepest nesting of tables in tables read. */
    public static final int MAX_NESTING = 32;

    /** A cell with this many lines of text is a layout cell, not a data cell. */
    static final int LAYOUT_LINES = 5;

    private final String name;
    private int lines;
    private long cells;

    /**
     * Starts the budget of one read.
     *
     * @param name the file name, for messages
     */
    public WordBlocks(String name) {
        this.name = name;
    }

    /**
     * Counts one line (paragraph or soft line break) found.
     *
     * @throws UnreadableDocumentException past {@link #MAX_LINES}
     */
    public void countLine() {
        if (++lines > MAX_LINES) {
            throw new UnreadableDocumentException(
                    name + "：Word 文件的段落和表格行超过 " + MAX_LINES + " 个，不像一份年度报告，已拒绝");
        }
    }

    /**
     * Counts one table row found, with its grid positions.
     *
     * @throws UnreadableDocumentException past {@link #MAX_LINES} rows and paragraphs, {@link #MAX_CELLS} cells or
     *     a row wider than {@link #MAX_GRID_COLUMNS}
     */
    public void countRow(WordContent.Row row) {
        countLine();
        long positions = 0;
        for (WordContent.Cell cell : row.cells()) {
            positions += cell.span();
        }
        if (positions > MAX_GRID_COLUMNS) {
            throw new UnreadableDocumentException(
                    name + "：Word 文件的表格有一行超过 " + MAX_GRID_COLUMNS + " 列，不像一份年度报告，已拒绝");
        }
        cells += positions;
        if (cells > MAX_CELLS) {
            throw new UnreadableDocumentException(
                    name + "：Word 文件的表格单元格超过 " + MAX_CELLS + " 个，不像一份年度报告，已拒绝");
        }
    }

    /**
     * Checks the nesting depth of a table about to be read.
     *
     * @param depth 1 for a table in the body, 2 for a table in its cell, …
     * @throws UnreadableDocumentException past {@link #MAX_NESTING}
     */
    public void checkNesting(int depth) {
        if (depth > MAX_NESTING) {
            throw new UnreadableDocumentException(
                    name + "：Word 文件的表格嵌套超过 " + MAX_NESTING + " 层，不像一份年度报告，已拒绝");
        }
    }

    /** The blocks of a body, in reading order, numbered from line 1. */
    public List<Block> blocks(WordContent body) {
        Emitter emitter = new Emitter();
        emitter.content(body);
        return emitter.blocks;
    }

    /**
     * The text of a table cell: its lines joined with nothing (labels wrap inside cells: 三、本年度 + 办理结果),
     * whitespace (including U+00A0, U+3000 and tabs) dropped except for one space between two ASCII letters or
     * digits, so that {@code "1 2"} stays two numbers. A cell of whitespace only is {@code ""}.
     */
    public static String cellText(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean pendingSpace = false;
        for (String line : lines) {
            pendingSpace |= text.length() > 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\t' || isSpace(c)) {
                    pendingSpace |= text.length() > 0;
                    continue;
                }
                if (pendingSpace && isAsciiAlphanumeric(text.charAt(text.length() - 1)) && isAsciiAlphanumeric(c)) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        return text.toString();
    }

    /** A line as a paragraph: whitespace other than tabs trimmed at both ends. */
    public static String paragraphText(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** Whether the text holds nothing but whitespace and tabs. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace other than the tab: Unicode white space and space separators (U+00A0, U+3000), zero widths. */
    static boolean isSpace(char c) {
        if (c == '\t') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private final class Emitter {
        private final List<Block> blocks = new ArrayList<>();
        private int line;

        void content(WordContent content) {
            for (Object item : content.items()) {
                if (item instanceof String) {
                    paragraph((String) item);
                } else {
                    table((WordContent.Table) item);
                }
            }
        }

        private void paragraph(String raw) {
            if (isBlank(raw)) {
                return;
            }
            blocks.add(new Block.Paragraph(paragraphText(raw), SourceRef.line(++line)));
        }

        private void table(WordContent.Table table) {
            WordContent single = singleCell(table);
            if (single != null) {
                content(single);
                return;
            }
            List<Block.Row> rows = new ArrayList<>();
            for (WordContent.Row row : table.rows()) {
                if (isLayout(row)) {
                    flush(rows);
                    for (WordContent.Cell cell : row.cells()) {
                        if (!cell.covered()) {
                            content(cell.content());
                        }
                    }
                    continue;
                }
                List<String> texts = new ArrayList<>();
                for (WordContent.Cell cell : row.cells()) {
                    texts.add(cell.covered() ? "" : cellText(lines(cell.content())));
                    for (int i = 1; i < cell.span(); i++) {
                        texts.add("");
                    }
                }
                rows.add(new Block.Row(texts, SourceRef.line(++line)));
            }
            flush(rows);
        }

        private void flush(List<Block.Row> rows) {
            if (!rows.isEmpty()) {
                blocks.add(new Block.Table(rows, rows.get(0).source()));
                rows.clear();
            }
        }
    }

    private static List<String> lines(WordContent content) {
        List<String> lines = new ArrayList<>();
        for (Object item : content.items()) {
            if (item instanceof String) {
                lines.add((String) item);
            }
        }
        return lines;
    }

    /** The content of a table's only cell, or null when it has more. */
    private static @Nullable WordContent singleCell(WordContent.Table table) {
        if (table.rows().size() != 1) {
            return null;
        }
        @Nullable WordContent only = null;
        for (WordContent.Cell cell : table.rows().get(0).cells()) {
            if (!cell.covered()) {
                if (only != null) {
                    return null;
                }
                only = cell.content();
            }
        }
        return only;
    }

    private static boolean isLayout(WordContent.Row row) {
        for (WordContent.Cell cell : row.cells()) {
            if (!cell.covered() && (cell.content().hasTable() || cell.content().textLines() >= LAYOUT_LINES)) {
                return true;
            }
        }
        return false;
    }
}
