package org.nianbao.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One table of the report: rows of cells, both in printed order. A row the format prints but the report
 * lacks is present with blank cells; a row the format does not print is absent.
 *
 * @param <R> the row type
 * @param <C> the column type
 */
public record CellTable<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed>(Map<R, Map<C, Cell>> rows) {

    public CellTable {
        Map<R, Map<C, Cell>> copy = new LinkedHashMap<>();
        rows.forEach((row, cells) -> copy.put(row, Collections.unmodifiableMap(new LinkedHashMap<>(cells))));
        rows = Collections.unmodifiableMap(copy);
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

    /** Collects cells in printed order; not thread-safe. */
    public static final class Builder<R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> {
        private final Map<R, Map<C, Cell>> rows = new LinkedHashMap<>();

        public Builder<R, C> put(R row, C column, Cell cell) {
            rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, cell);
            return this;
        }

        public CellTable<R, C> build() {
            return new CellTable<>(rows);
        }
    }
}
