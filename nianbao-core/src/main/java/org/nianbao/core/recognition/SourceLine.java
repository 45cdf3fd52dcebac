package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the document: its cells as delimited by the reader (tabs for extracted text), its text, and the
 * segments of label and values it holds. Segments, the match key and the cells of a line of text are worked out
 * when first asked for: most lines of a report are narrative that only the section locator glances at, and the
 * rows of extracted tables are read in place, at their tabs, without splitting them into cells. Not thread-safe
 * (one recognition owns its lines).
 */
final class SourceLine {

    private static final Pattern GLUED_NUMBER = Pattern.compile("(.*[\\u4E00-\\u9FFF)）])(\\d[\\d,]*(?:\\.\\d+)?)");

    private final int line;
    /** The cells; for a line of text (whose cells are its text split at tabs), null until asked for. */
    private @Nullable List<String> cells;
    /** The table block the line is a row of (its cells are grid positions), or -1 for a line of text. */
    private int table = -1;
    private @Nullable String text;
    private @Nullable List<Segment> segments;
    private @Nullable String key;
    private boolean @Nullable [] words;
    /** The {@link Lexicon} groups whose sentinels the text holds, or -1 before the text is scanned. */
    private int groups = -1;

    /** The marks of a line whose key holds no word of the lexicon (most lines); never written to. */
    private static final boolean[] NO_WORDS = new boolean[Lexicon.ALL.size()];

    private SourceLine(int line, @Nullable List<String> cells, @Nullable String text) {
        this.line = line;
        this.cells = cells;
        this.text = text;
    }

    /** Whether the cells are the text split at tabs, not yet split: the text is then read in place. */
    private boolean tabbed() {
        return cells == null;
    }

    /** The 1-based source line. */
    int line() {
        return line;
    }

    /** The line as printed, cells joined by tabs. */
    String text() {
        if (text == null) {
            List<String> all = cells();
            text = all.size() == 1 ? all.get(0) : String.join("\t", all);
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

    /** The bits of the {@link Lexicon} groups whose sentinels the printed text holds: one scan, remembered. */
    int groups() {
        if (groups < 0) {
            groups = Lexicon.groupsIn(text());
        }
        return groups;
    }

    /**
     * Whether the line's key holds the word {@code index} of the {@link Lexicon}: the key is searched for every
     * word once, when a group whose sentinels the line holds is first asked about.
     */
    boolean holdsWord(int index) {
        if (words == null) {
            boolean[] found = new boolean[NO_WORDS.length];
            words = Lexicon.ALL.mark(key(), found) > 0 ? found : NO_WORDS;
        }
        return words[index];
    }

    /** Label-and-values segments, in order. */
    List<Segment> segments() {
        if (segments == null) {
            segments = mayHoldValues() ? parse() : labelOnly();
        }
        return segments;
    }

    /**
     * The segments of a line without values, as {@link #parse} finds them: none for a blank line, else one
     * label, the key of its cells' text (the key drops the whitespace the tokens are split at, and folds as the
     * tokens are folded), so narrative lines are not tokenised.
     */
    private List<Segment> labelOnly() {
        if (tabbed()) {
            // one label when a cell holds a token; the key drops the tabs, so the key of the cells joined is the line's
            return tokenStart(text, 0, text.length()) < text.length()
                    ? List.of(new Segment(line, key(), 0, List.of()))
                    : List.of();
        }
        for (String cell : cells) {
            if (tokenStart(cell, 0, cell.length()) < cell.length()) {
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
            if (!mayHoldValues()) {
                return false; // most lines: told without parsing them, nor making their key
            }
            segments = parse();
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
        if (tabbed()) {
            return Text.isKeyless(text); // tabs are whitespace: the cells are keyless when their text is
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

    /** A line of text whose cells are the text split at its tabs. */
    static SourceLine ofText(int line, String text) {
        return new SourceLine(line, null, text);
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
        if (cells == null) {
            cells = text.indexOf('\t') < 0 ? List.of(text) : split(text, '\t');
        }
        return cells;
    }

    /** The text split at every {@code separator}, empty pieces kept (as {@code String.split(…, -1)}). */
    static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return Collections.unmodifiableList(pieces);
    }

    /** A line whose cells were split from {@code text} (at its tabs). */
    static SourceLine of(int line, List<String> cells, String text) {
        return new SourceLine(line, cells, text);
    }

    /** The segments of the cells, token by token. */
    static List<Segment> parse(int line, List<String> cells) {
        Parser parser = new Parser(line);
        for (String cell : cells) {
            parser.cell(cell, 0, cell.length());
        }
        return parser.segments();
    }

    /** {@link #parse(int, List)} of the line's cells; a line of text read at its tabs in place. */
    private List<Segment> parse() {
        if (!tabbed()) {
            return parse(line, cells);
        }
        Parser parser = new Parser(line);
        int start = 0;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', start)) {
            parser.cell(text, start, tab);
            start = tab + 1;
        }
        parser.cell(text, start, text.length());
        return parser.segments();
    }

    /** Reads the cells of one line in order into segments of label and values. */
    private static final class Parser {
        private final int line;
        private final List<Segment> segments = new ArrayList<>(1);
        private final StringBuilder label = new StringBuilder();
        private int emptiesAfterLabel;
        private int leadingEmpties;
        private List<Slot> slots = new ArrayList<>();
        private boolean inValues;

        Parser(int line) {
            this.line = line;
        }

        /** Reads the cell {@code text[from, to)}. */
        void cell(String text, int from, int to) {
            boolean empty = true;
            // the whitespace-separated tokens, text[start, end)
            for (int start = tokenStart(text, from, to), end; start < to; start = tokenStart(text, end, to)) {
                end = tokenEnd(text, start, to);
                empty = false;
                // a plain count, the common value, is read without copying the token
                Slot slot = Slot.smallCount(text, start, end);
                String token = null;
                if (slot == null && mayBeValue(text, start, end)) {
                    token = folded(text, start, end);
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
                        segments.add(new Segment(line, Text.key(label), leadingEmpties, trimmed(slots)));
                        label.setLength(0);
                        slots = new ArrayList<>();
                        inValues = false;
                    }
                    if (token != null) {
                        label.append(token);
                    } else {
                        label.append(text, start, end); // label text: its key folds it
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

        List<Segment> segments() {
            if (inValues || label.length() > 0) {
                segments.add(new Segment(line, Text.key(label), inValues ? leadingEmpties : 0,
                        trimmed(slots)));
            }
            return segments;
        }
    }

    /** Where the next token of {@code text[from, to)} starts: {@code to} when there is none. */
    private static int tokenStart(String text, int from, int to) {
        int start = from;
        while (start < to && Text.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the token starting at {@code start} ends (exclusive), at {@code to} at the latest. */
    private static int tokenEnd(String text, int start, int to) {
        int end = start + 1;
        while (end < to && !Text.isSpace(text.charAt(end))) {
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
    private boolean mayHoldValues() {
        if (tabbed()) {
            return mayHoldValues(text); // tabs are whitespace: the tokens of the text are those of its cells
        }
        for (String cell : cells) {
            if (mayHoldValues(cell)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldValues(String cell) {
        int n = cell.length();
        for (int start = tokenStart(cell, 0, n), end; start < n; start = tokenStart(cell, end, n)) {
            end = tokenEnd(cell, start, n);
            if (mayBeValue(cell, start, end)) {
                return true;
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
