package org.nianbao.core.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One table of the report: rows of cells, both in printed order. A row the format prints but the report
 * lacks is present with blank cells; a row the format does not print is absent.
 *
 * @param <R> the row type
 * @param <C> the column type
 */
public record CellTable<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed>(Map<R, Map<C, Cell>> rows) {

    public CellTable {
        if (!isFrozen(rows)) {
            Builder<R, C> copy = new Builder<>();
            rows.forEach((row, cells) -> {
                if (cells.isEmpty()) {
                    copy.emptyRow(row);
                }
                cells.forEach((column, cell) -> copy.put(row, column, cell));
            });
            rows = copy.frozen();
        }
    }

    /** Whether the rows are the unmodifiable maps a {@link Builder} made, which need no copy. */
    private static boolean isFrozen(Map<?, ?> rows) {
        if (rows == Map.of()) {
            return true;
        }
        if (!(rows instanceof OrderedEnumMap<?, ?>)) {
            return false;
        }
        for (Object cells : rows.values()) {
            if (!(cells instanceof OrderedEnumMap<?, ?>) && cells != Map.of()) {
                return false;
            }
        }
        return true;
    }

    /** The cell, or {@link Cell#BLANK} when the row or column is absent. */
    public Cell cell(R row, C column) {
        Map<C, Cell> cells = rows.get(row);
        if (cells == null) {
            return Cell.BLANK;
        }
        return cells.getOrDefault(column, Cell.BLANK);
    }

    public boolean hasRow(R row) {
        return rows.containsKey(row);
    }

    /** A copy with one cell replaced. */
    public CellTable<R, C> with(R row, C column, Cell cell) {
        Map<R, Map<C, Cell>> copy = new LinkedHashMap<>();
        rows.forEach((r, cells) -> copy.put(r, new LinkedHashMap<>(cells)));
        copy.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, cell);
        return new CellTable<>(copy);
    }

    public static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> Builder<R, C> builder() {
        return new Builder<>();
    }

    /** Collects cells in printed order; not thread-safe, and used for one table only. */
    public static final class Builder<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> {
        private @Nullable OrderedEnumMap<R, Map<C, Cell>> rows;
        private boolean built;
        private @Nullable R lastRow;
        private @Nullable OrderedEnumMap<C, Cell> lastCells;

        public Builder<R, C> put(R row, C column, Cell cell) {
            cellsOf(row, column.getDeclaringClass()).add(column, cell);
            return this;
        }

        /** Adds a row without cells, if it is not there. */
        private void emptyRow(R row) {
            OrderedEnumMap<R, Map<C, Cell>> all = rows(row);
            if (!all.containsKey(row)) {
                all.add(row, Map.of());
            }
        }

        @SuppressWarnings("unchecked")
        private OrderedEnumMap<C, Cell> cellsOf(R row, Class<C> type) {
            if (built) {
                throw new IllegalStateException("the table was built");
            }
            if (row == lastRow) {
                return lastCells; // the cells of a row are put one after another
            }
            OrderedEnumMap<R, Map<C, Cell>> all = rows(row);
            Map<C, Cell> cells = all.get(row);
            if (cells == null || cells.isEmpty()) {
                cells = new OrderedEnumMap<>(type);
                all.add(row, cells);
            }
            lastRow = row;
            lastCells = (OrderedEnumMap<C, Cell>) cells;
            return lastCells;
        }

        private OrderedEnumMap<R, Map<C, Cell>> rows(R row) {
            if (rows == null) {
                rows = new OrderedEnumMap<>(row.getDeclaringClass());
            }
            return rows;
        }

        public CellTable<R, C> build() {
            return new CellTable<>(frozen());
        }

        private Map<R, Map<C, Cell>> frozen() {
            built = true;
            if (rows == null) {
                return Map.of();
            }
            return rows;
        }
    }
}
