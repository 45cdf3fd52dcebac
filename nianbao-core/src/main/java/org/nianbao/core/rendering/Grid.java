package org.nianbao.core.rendering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table as a grid of {@link GridCell}s, row by row, each cell at its top-left position; the positions a merged
 * cell covers hold no cell of their own.
 *
 * @param name the table's name (表二, 表三, 表四), for sheet names and captions
 * @param rows the number of grid rows
 * @param columns the number of grid columns
 * @param headerRows the number of leading rows that are headers (repeated on a new page)
 * @param cells the cells in row-major order of their top-left corners
 */
public record Grid(String name, int rows, int columns, int headerRows, List<GridCell> cells) {
    public Grid {
        cells = List.copyOf(cells);
    }

    /** The cell whose top-left corner is at (row, column), or null (covered by a merged cell, or none). */
    public @Nullable GridCell anchoredAt(int row, int column) {
        for (GridCell cell : cells) {
            if (cell.row() == row && cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /** The cells starting on one grid row, left to right. */
    public List<GridCell> row(int row) {
        return cells.stream().filter(cell -> cell.row() == row).toList();
    }

    /** The cell covering (row, column), anchored there or merged over it, or null. */
    public @Nullable GridCell covering(int row, int column) {
        for (GridCell cell : cells) {
            if (row >= cell.row() && row < cell.row() + cell.rowSpan()
                    && column >= cell.column() && column < cell.column() + cell.columnSpan()) {
                return cell;
            }
        }
        return null;
    }
}
