package org.nianbao.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dotted name of a cell, row or table from the top of the canonical JSON, as used in findings, the API
 * and the database: {@code applications.result_total.natural_person}.
 */
public record CellPath(String value) {

    public static final String PROACTIVE = "proactive";
    public static final String APPLICATIONS = "applications";
    public static final String REVIEW_LITIGATION = "review_litigation";

    public CellPath {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty cell path");
        }
    }

    public static CellPath of(ApplicationRow row, ApplicantColumn column) {
        return Made.APPLICATION_CELLS[row.ordinal()][column.ordinal()];
    }

    public static CellPath of(ReviewGroup group, ReviewOutcome outcome) {
        return Made.REVIEW_LITIGATION_CELLS[group.ordinal()][outcome.ordinal()];
    }

    public static CellPath of(ProactiveItem item, ProactiveColumn column) {
        return Made.PROACTIVE_CELLS[item.ordinal()][column.ordinal()];
    }

    /** The paths of every cell and section, made once: the rules name cells in every report they check. */
    private static final class Made {
        static final CellPath[][] APPLICATION_CELLS = cells(CellPath.APPLICATIONS, ApplicationRow.values(), ApplicantColumn.values());
        static final CellPath[][] REVIEW_LITIGATION_CELLS =
                cells(CellPath.REVIEW_LITIGATION, ReviewGroup.values(), ReviewOutcome.values());
        static final CellPath[][] PROACTIVE_CELLS = cells(CellPath.PROACTIVE, ProactiveItem.values(), ProactiveColumn.values());
        static final CellPath[] SECTIONS = sections();

        private static CellPath[][] cells(String table, Keyed[] rows, Keyed[] columns) {
            CellPath[][] paths = new CellPath[rows.length][columns.length];
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < columns.length; c++) {
                    paths[r][c] = new CellPath(table + "." + rows[r].key() + "." + columns[c].key());
                }
            }
            return paths;
        }

        private static CellPath[] sections() {
            Section[] sections = Section.values();
            CellPath[] paths = new CellPath[sections.length];
            for (Section section : sections) {
                paths[section.ordinal()] = new CellPath("sections." + section.key());
            }
            return paths;
        }
    }

    /** The path of a whole row. */
    public static CellPath row(String table, Keyed row) {
        return new CellPath(table + "." + row.key());
    }

    /** The path of every row of a table, worked out once by the readers that name rows often. */
    public static <E extends Enum<E> & Keyed> Map<E, CellPath> rows(String table, Class<E> type) {
        Map<E, CellPath> paths = new EnumMap<>(type);
        for (E row : type.getEnumConstants()) {
            paths.put(row, row(table, row));
        }
        return Collections.unmodifiableMap(paths);
    }

    /** The path naming a column heading, for label findings: {@code applications.column.org_public_interest}. */
    public static CellPath column(String table, Keyed column) {
        return new CellPath(table + ".column." + column.key());
    }

    /** The path of a section's text: {@code sections.other}. */
    public static CellPath section(Section section) {
        return Made.SECTIONS[section.ordinal()];
    }

    /**
     * Whether {@code other} is this path or lies below it: {@code applications.granted} contains
     * {@code applications.granted.total} (a note on a row marks each of its cells).
     */
    public boolean contains(CellPath other) {
        String o = other.value;
        return o.equals(value) || o.length() > value.length() && o.startsWith(value) && o.charAt(value.length()) == '.';
    }

    /** The path one level up ({@code applications.granted} for {@code applications.granted.total}). */
    public CellPath parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? this : new CellPath(value.substring(0, dot));
    }

    @Override
    public String toString() {
        return value;
    }
}
