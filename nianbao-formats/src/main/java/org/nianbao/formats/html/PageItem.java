package org.nianbao.formats.html;

import java.util.List;

/**
 * One piece of a page in reading order, before the article body is chosen: a line of text or a table whose merged
 * cells are not expanded yet.
 */
sealed interface PageItem permits PageItem.Line, PageItem.Table {

    /** The pre-order number of the element the item sits in (for a table: the table element). */
    int element();

    /** Visible characters, whitespace not counted. */
    int chars();

    /** Visible characters inside links. */
    int linkChars();

    /** Whether all of the item's text is link text (a menu entry, a related-links item). */
    default boolean allLinks() {
        return chars() > 0 && linkChars() == chars();
    }

    /**
     * A line of text.
     *
     * @param text the text, whitespace collapsed and trimmed, never empty
     * @param element the pre-order number of the parent element of its first text
     * @param chars visible characters
     * @param linkChars visible characters inside links
     */
    record Line(String text, int element, int chars, int linkChars) implements PageItem {}

    /**
     * A leaf table (one holding no other table and not just framing text) as printed: rows of cells with their
     * spans.
     *
     * @param rows the rows in order, each the cells in order; rows without cells included
     * @param element the pre-order number of the table element
     * @param chars visible characters of all cells
     * @param linkChars visible characters inside links
     * @param text the cells' text joined, for recognizing report tables (at most a few kilobytes)
     */
    record Table(List<List<Cell>> rows, int element, int chars, int linkChars, String text) implements PageItem {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A table cell as printed.
     *
     * @param text the cell's text, whitespace collapsed; empty for a blank cell
     * @param colspan columns it covers, 1 or more (clamped)
     * @param rowspan rows it covers, 1 or more, or 0 for "to the end of the table" (clamped)
     */
    record Cell(String text, int colspan, int rowspan) {}
}
