package org.nianbao.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a recognized report came from and how it was read: the source line of every cell,
 * row and section line, the labels as printed, and the notes the recognizer made while reading. Rules use it
 * to point at the source and to judge labels; a report read from canonical JSON has {@link #NONE}.
 *
 * @param lines the 1-based source line of each cell, row or table path
 * @param sectionLines for each section, the source line of each line of its text
 * @param labels the labels as printed, for the label rules
 * @param notes what the recognizer had to do or could not do
 */
public record Provenance(
        Map<String, Integer> lines,
        Map<Section, List<Integer>> sectionLines,
        List<PrintedLabel> labels,
        List<ReadingNote> notes) {

    /** No source information: a report that was not recognized from a document. */
    public static final Provenance NONE = new Provenance(Map.of(), Map.of(), List.of(), List.of());

    public Provenance {
        lines = Map.copyOf(lines);
        EnumMap<Section, List<Integer>> copy = new EnumMap<>(Section.class);
        sectionLines.forEach((section, list) -> copy.put(section, List.copyOf(list)));
        sectionLines = Collections.unmodifiableMap(copy);
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    /** The source line of a path, or of the nearest enclosing path that has one. */
    public @Nullable Integer lineOf(CellPath path) {
        CellPath current = path;
        while (true) {
            Integer line = lines.get(current.value());
            if (line != null) {
                return line;
            }
            CellPath parent = current.parent();
            if (parent.equals(current)) {
                return null;
            }
            current = parent;
        }
    }

    /** The source line of the character at {@code offset} in a section's text. */
    public @Nullable Integer lineOf(Section section, String text, int offset) {
        List<Integer> sourceLines = sectionLines.get(section);
        if (sourceLines == null || sourceLines.isEmpty()) {
            return null;
        }
        int lineIndex = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineIndex++;
            }
        }
        return sourceLines.get(Math.min(lineIndex, sourceLines.size() - 1));
    }

    /**
     * A label as the report printed it (whitespace removed, punctuation normalised), for the label rules.
     *
     * @param path the row ({@code applications.withheld_law_prohibited}) or column
     *     ({@code applications.column.org_public_interest}) the label stands for
     * @param printed the label as printed
     * @param official the official label in the report's format
     * @param line the source line
     */
    public record PrintedLabel(CellPath path, String printed, String official, int line) {}

    /**
     * Something the recognizer did or could not do while reading a table.
     *
     * @param kind what happened
     * @param path the table, row or cell concerned
     * @param line the source line, if known
     * @param printed the values as printed on that row, separated by spaces
     */
    public record ReadingNote(Kind kind, CellPath path, @Nullable Integer line, String printed) {
        /** What happened. */
        public enum Kind {
            /** A row printed one value too many or too few and the arithmetic proved where it belongs. */
            REALIGNED,
            /** A row printed the wrong number of values and the arithmetic could not place them: cells null. */
            UNPLACEABLE,
            /** A row of the format was not found in the table: cells null. */
            ROW_NOT_FOUND,
            /** A whole table was not found: all its cells null. */
            TABLE_NOT_FOUND
        }
    }
}
