package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the document: its cells as delimited by the reader (tabs for extracted text), its text, and the
 * segments of label and values it holds. Segments and the match key are worked out when first asked for: most
 * lines of a report are narrative that only the section locator glances at. Not thread-safe (one recognition
 * owns its lines).
 */
final class SourceLine {

    private static final Pattern GLUED_NUMBER = Pattern.compile("(.*[\\u4E00-\\u9FFF)）])(\\d[\\d,]*(?:\\.\\d+)?)");

    private final int line;
    private final List<String> cells;
    /** The table block the line is a row of (its cells are grid positions), or -1 for a line of text. */
    private int table = -1;
    private @Nullable String text;
    private @Nullable List<Segment> segments;
    private @Nullable String key;

    private SourceLine(int line, List<String> cells, @Nullable String text) {
        this.line = line;
        this.cells = cells;
        this.text = text;
    }

    /** The 1-based source line. */
    int line() {
        return line;
    }

    /** The line as printed, cells joined by tabs. */
    String text() {
        if (text == null) {
            text = cells.size() == 1 ? cells.get(0) : String.join("\t", cells);
        }
        return text;
    }

    /** The match key of the whole line (for a line of label text alone, the key of its label). */
    String key() {
        if (key == null) {
            key = Text.key(text());
        }
        return key;
    }

    /** Label-and-values segments, in order. */
    List<Segment> segments() {
        if (segments == null) {
            segments = mayHoldValues(cells) ? parse(line, cells) : labelOnly();
        }
        return segments;
    }

    /**
     * The segments of a line without values, as {@link #parse} finds them: none for a blank line, else one
     * label, the key of its cells' text (the key drops the whitespace the tokens are split at, and folds as the
     * tokens are folded), so narrative lines are not tokenised.
     */
    private List<Segment> labelOnly() {
        for (String cell : cells) {
            if (tokenStart(cell, 0) < cell.length()) {
                // the line's text is its one cell, or its cells joined by tabs, except for a Markdown row
                String label = cells.size() == 1 && cells.get(0).equals(text())
                        ? key()
                        : Text.key(String.join("", cells));
                return List.of(new Segment(line, label, 0, List.of()));
            }
        }
        return List.of();
    }

    boolean hasValues() {
        if (segments == null) {
            if (!mayHoldValues(cells)) {
                return false; // most lines: told without parsing them, nor making their key
            }
            segments = parse(line, cells);
        }
        for (Segment segment : segments) {
            if (segment.hasValues()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every cell of the line has nothing but whitespace and marks. Told from the cells alone, so the
     * answer does not depend on what was asked of the line before: a Markdown row of empty cells 「| |」 is
     * blank, though the pipes of its text are in its key.
     */
    boolean isBlank() {
        if (key != null && key.isEmpty()) {
            return true; // an empty key has keyless cells
        }
        for (String cell : cells) {
            if (!Text.isKeyless(cell)) {
                return false;
            }
        }
        return true;
    }

    static SourceLine of(int line, List<String> cells) {
        return new SourceLine(line, cells, null);
    }

    /** A row of the reader's table block {@code table}: its cells are the grid's positions, merged cells empty. */
    static SourceLine ofGridRow(int line, List<String> cells, int table) {
        SourceLine row = new SourceLine(line, cells, null);
        row.table = table;
        return row;
    }

    /** The table block this line is a row of, or -1. */
    int table() {
        return table;
    }

    /** The cells as the reader delimited them. */
    List<String> cells() {
        return cells;
    }

    /** A line whose cells were split from {@code text} (at its tabs). */
    static SourceLine of(int line, List<String> cells, String text) {
        return new SourceLine(line, cells, text);
    }

    /** The segments of the cells, token by token. */
    static List<Segment> parse(int line, List<String> cells) {
        List<Segment> segments = new ArrayList<>(1);
        StringBuilder label = new StringBuilder();
        int emptiesAfterLabel = 0;
        int leadingEmpties = 0;
        List<Slot> slots = new ArrayList<>();
        boolean inValues = false;
        for (String cell : cells) {
            int n = cell.length();
            boolean empty = true;
            // the whitespace-separated tokens, cell[start, end)
            for (int start = tokenStart(cell, 0), end; start < n; start = tokenStart(cell, end)) {
                end = tokenEnd(cell, start);
                empty = false;
                // a plain count, the common value, is read without copying the token
                Slot slot = Slot.smallCount(cell, start, end);
                String token = null;
                if (slot == null && mayBeValue(cell, start, end)) {
                    token = folded(cell, start, end);
                    slot = Slot.parse(token);
                }
                if (slot == null) {
                    // a number glued to its label: only a token ending in a digit can be one
                    Matcher glued = token != null && Text.isDigit(token.charAt(token.length() - 1))
                            ? GLUED_NUMBER.matcher(token)
                            : null;
                    if (glued != null && glued.matches()) {
                        slot = Slot.parse(glued.group(2));
                        token = glued.group(1);
                    }
                    if (inValues) {
                        segments.add(new Segment(line, Text.key(label.toString()), leadingEmpties, trimmed(slots)));
                        label.setLength(0);
                        slots = new ArrayList<>();
                        inValues = false;
                    }
                    if (token != null) {
                        label.append(token);
                    } else {
                        label.append(cell, start, end); // label text: its key folds it
                    }
                    emptiesAfterLabel = 0;
                    if (slot == null) {
                        continue;
                    }
                }
                if (!inValues) {
                    inValues = true;
                    leadingEmpties = emptiesAfterLabel;
                }
                slots.add(slot);
            }
            if (empty) {
                if (inValues) {
                    slots.add(Slot.EMPTY);
                } else {
                    emptiesAfterLabel++;
                }
            }
        }
        if (inValues || label.length() > 0) {
            segments.add(new Segment(line, Text.key(label.toString()), inValues ? leadingEmpties : 0, trimmed(slots)));
        }
        return segments;
    }

    /** Where the next token of the cell starts, looking from {@code from}: its length when there is none. */
    private static int tokenStart(String cell, int from) {
        int start = from;
        while (start < cell.length() && Text.isSpace(cell.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the token starting at {@code start} ends (exclusive). */
    private static int tokenEnd(String cell, int start) {
        int end = start + 1;
        while (end < cell.length() && !Text.isSpace(cell.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Whether the token {@code cell[start, end)} could be a value ({@link Slot#parse}, or a number glued to its
     * label): it ends in a digit or 元, or it is blank marks only (but not a lone 一).
     */
    private static boolean mayBeValue(String cell, int start, int end) {
        char last = Text.fold(cell.charAt(end - 1));
        if (Text.isDigit(last) || last == '元') {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!Slot.isBlankMark(Text.fold(cell.charAt(i)))) {
                return false;
            }
        }
        return !(end - start == 1 && last == '一');
    }

    /**
     * Whether a token of the cells could be a value ({@link Slot#parse}, or a number glued to its label): one
     * ending in a digit or 元, or one of blank marks only. False means {@link #parse} finds no value.
     */
    private static boolean mayHoldValues(List<String> cells) {
        for (String cell : cells) {
            for (int start = tokenStart(cell, 0), end; start < cell.length(); start = tokenStart(cell, end)) {
                end = tokenEnd(cell, start);
                if (mayBeValue(cell, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Slot> trimmed(List<Slot> slots) {
        int end = slots.size();
        while (end > 0 && slots.get(end - 1).isBlank() && slots.get(end - 1).printed().isEmpty()) {
            end--;
        }
        return slots.subList(0, end);
    }

    /** {@code cell[start, end)} with full-width characters folded; the substring itself when none is. */
    private static String folded(String cell, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = cell.charAt(i);
            if (Text.fold(c) != c) {
                char[] chars = new char[end - start];
                for (int j = start; j < end; j++) {
                    chars[j - start] = Text.fold(cell.charAt(j));
                }
                return new String(chars);
            }
        }
        return cell.substring(start, end);
    }
}
