package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.core.document.UnreadableDocumentException;

/**
 * Lays a leaf table out on its grid, as a browser does: a cell takes the first free column of its row, and a cell
 * spanning rows or columns keeps its text in its top-left position while the positions it covers are empty
 * strings, so that every value stands in its true column. Rows without a cell of their own are dropped; rows are
 * padded with empty cells to the table's width. A row span ends at the table's last row.
 *
 * <p>Bounded: a table of more than {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns (merged cells
 * expanded), or a page whose tables hold more than {@value #MAX_CELLS} cells in all, is refused before anything
 * that large is allocated. Not thread-safe: one per document read.
 */
final class TableGrid {
    /** The most rows a table may have. */
    static final int MAX_ROWS = 500;
    /** The most columns a table may have, merged cells expanded. */
    static final int MAX_COLUMNS = 64;
    /** The most cells all tables of a page may have together, merged cells expanded. */
    static final int MAX_CELLS = 200_000;

    private final String name;
    private int cells;
    private int tables;

    TableGrid(String name) {
        this.name = name;
    }

    /** The rows of the table, each padded to the table's width. */
    List<List<String>> expand(PageItem.Table table) {
        tables++;
        List<List<PageItem.Cell>> rows = table.rows();
        int rowCount = rows.size();
        if (rowCount > MAX_ROWS) {
            throw new UnreadableDocumentException(String.format(
                    "%s：网页正文的第 %d 个表格有 %d 行，超过上限 %d 行，不像年度报告的表格", name, tables, rowCount, MAX_ROWS));
        }
        String[][] grid = new String[rowCount][];
        boolean[] ownCells = new boolean[rowCount];
        int width = 0;
        for (int r = 0; r < rowCount; r++) {
            int column = 0;
            for (PageItem.Cell cell : rows.get(r)) {
                while (taken(grid, r, column)) {
                    column++;
                }
                int colspan = cell.colspan();
                int rowspan = cell.rowspan() == 0 ? rowCount - r : Math.min(cell.rowspan(), rowCount - r);
                if (column + colspan > MAX_COLUMNS) {
                    throw new UnreadableDocumentException(String.format(
                            "%s：网页正文的第 %d 个表格在第 %d 行合并单元格展开后超过 %d 列，不像年度报告的表格", name,
                            tables, r + 1, MAX_COLUMNS));
                }
                for (int rr = r; rr < r + rowspan; rr++) {
                    for (int cc = column; cc < column + colspan; cc++) {
                        put(grid, rr, cc, rr == r && cc == column ? cell.text() : "");
                    }
                }
                ownCells[r] = true;
                column += colspan;
                width = Math.max(width, column);
            }
        }
        List<List<String>> result = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            if (!ownCells[r]) {
                continue;
            }
            cells += width;
            if (cells > MAX_CELLS) {
                throw new UnreadableDocumentException(String.format(
                        "%s：网页中的表格单元格过多（合并单元格展开后超过 %d 个），不像一份年度报告", name, MAX_CELLS));
            }
            String[] row = grid[r];
            List<String> out = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String text = c < row.length ? row[c] : null;
                out.add(text == null ? "" : text);
            }
            result.add(out);
        }
        return result;
    }

    private static boolean taken(String[][] grid, int row, int column) {
        String[] cells = grid[row];
        return cells != null && column < cells.length && cells[column] != null;
    }

    private static void put(String[][] grid, int row, int column, String text) {
        String[] cells = grid[row];
        if (cells == null) {
            cells = new String[Math.max(8, column + 1)];
            grid[row] = cells;
        } else if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(cells.length * 2, column + 1)));
            grid[row] = cells;
        }
        if (cells[column] == null) {
            cells[column] = text;
        }
    }
}
