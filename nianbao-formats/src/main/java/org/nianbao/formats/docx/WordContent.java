package org.nianbao.formats.docx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a Word reader found in a body, a table cell or a text box, in reading order: lines of text (one per
 * paragraph or soft line break, tabs kept) and tables. Both Word readers build it; {@link WordBlocks} turns it into
 * blocks. Mutable while a reader fills it, confined to the one read that builds it.
 */
public final class WordContent {
    private final List<Object> items = new ArrayList<>();

    /** Appends one line of text as found (untrimmed, possibly blank). */
    public void addLine(String line) {
        items.add(line);
    }

    /** Appends a table. */
    public void addTable(Table table) {
        items.add(table);
    }

    /** Appends everything another content holds (a text box after its anchor paragraph). */
    public void addAll(WordContent other) {
        items.addAll(other.items);
    }

    /** The lines ({@link String}) and tables ({@link Table}) in reading order. */
    public List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    /** Whether a table with rows is directly in this content. */
    boolean hasTable() {
        for (Object item : items) {
            if (item instanceof Table && !((Table) item).rows().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The number of lines holding some text. */
    int textLines() {
        int count = 0;
        for (Object item : items) {
            if (item instanceof String && !WordBlocks.isBlank((String) item)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A table as the file describes it, before merged cells are expanded.
     *
     * @param rows the rows in order
     */
    public record Table(List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row: its cells left to right, including the empty grid positions before and after it.
     *
     * @param cells the cells, each covering one or more grid columns
     */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param span the number of grid columns it covers, 1 or more
     * @param covered true when the position prints nothing of its own: the continuation of a merge (the first cell
     *     of the merge holds the text) or an empty grid position before or after the row's cells
     * @param content what the cell holds; ignored when {@code covered}
     */
    public record Cell(int span, boolean covered, WordContent content) {
        public Cell {
            if (span < 1) {
                throw new IllegalArgumentException("span must be 1 or more, was " + span);
            }
        }

        /** {@code span} empty grid positions (w:gridBefore, w:gridAfter or the gap before a row's first cell). */
        public static Cell empty(int span) {
            return new Cell(span, true, new WordContent());
        }
    }
}
