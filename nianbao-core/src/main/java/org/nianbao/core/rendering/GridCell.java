package org.nianbao.core.rendering;

import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;

/**
 * One drawn cell of a table grid: where it starts, how far it spans, what it shows.
 *
 * @param row the 0-based grid row of its top-left corner
 * @param column the 0-based grid column of its top-left corner
 * @param rowSpan the grid rows it covers (1 or more)
 * @param columnSpan the grid columns it covers (1 or more)
 * @param kind a caption or header, a row label, or a value of the report
 * @param text what it shows: the label, or the value as printed ("" for a blank value — never 0)
 * @param path the report cell a value cell shows, for annotations; null for labels
 * @param value the report cell a value cell shows; null for labels
 */
public record GridCell(
        int row,
        int column,
        int rowSpan,
        int columnSpan,
        Kind kind,
        String text,
        @Nullable CellPath path,
        @Nullable Cell value) {

    /** What a grid cell holds. */
    public enum Kind {
        /** A caption row (第二十条第（一）项) or a column header. */
        HEADER,
        /** A row label. */
        LABEL,
        /** A value of the report. */
        VALUE
    }

    public GridCell {
        if (rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("spans must be 1 or more");
        }
    }

    /** Whether the cell holds a number (a count or an amount), as opposed to text or a blank. */
    public boolean isNumber() {
        return value instanceof Cell.Count || value instanceof Cell.Amount;
    }
}
