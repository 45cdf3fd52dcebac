package org.nianbao.formats.html;

/**
 * Builds one line of text from the pieces a page prints, the way a reader sees it: whitespace runs (including
 * {@code &nbsp;}, the ideographic space U+3000 and zero-width spaces) collapse, and a collapsed run, a line break
 * or a paragraph boundary inside a table cell ({@link #softBreak}) becomes a single space only between two
 * characters that are not Chinese (so {@code 1 2} stays two numbers and {@code a b} two words), and nothing next to
 * a Chinese character (so {@code 政府信息} and {@code 公开} on two source lines join). Leading and trailing spaces are
 * never kept. Not thread-safe; one per line being built.
 */
final class InlineText {
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private int visible;

    /** Appends text as a page prints it. */
    void append(CharSequence piece) {
        for (int i = 0; i < piece.length(); i++) {
            appendChar(piece.charAt(i));
        }
    }

    /** Appends one character. */
    void appendChar(char c) {
        if (isSpace(c)) {
            softBreak();
        } else if (!isIgnorable(c)) {
            if (pendingSpace && keepsSpace(text.charAt(text.length() - 1), c)) {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(c);
            visible++;
        }
    }

    /** Appends a tab, kept as a tab (a cell separator in preformatted text). */
    void appendTab() {
        text.append('\t');
        pendingSpace = false;
    }

    /** A boundary that reads as whitespace: a collapsed space, or a line break inside a table cell. */
    void softBreak() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\t') {
            pendingSpace = true;
        }
    }

    /** Whether no visible character was appended since the last {@link #take}. */
    boolean isEmpty() {
        return visible == 0;
    }

    /** The number of visible (non-whitespace) characters appended since the last {@link #take}. */
    int visible() {
        return visible;
    }

    /** The text built so far, trimmed; resets the builder. */
    String take() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\t') {
            end--;
        }
        String result = visible == 0 ? "" : text.substring(0, end);
        text.setLength(0);
        pendingSpace = false;
        visible = 0;
        return result;
    }

    /** Whitespace as a page renders it: every Unicode space, {@code &nbsp;}, U+3000 and the zero-width spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF' || Character.isSpaceChar(c);
    }

    /** Characters that print nothing and separate nothing: soft hyphen, zero-width (non-)joiners, word joiner. */
    static boolean isIgnorable(char c) {
        return c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c < 0x20 || c == 0x7F;
    }

    /** Whether text with only whitespace between {@code before} and {@code after} keeps a space there. */
    static boolean keepsSpace(char before, char after) {
        return !isWide(before) && !isWide(after);
    }

    /**
     * Chinese (and Japanese) characters and the full-width punctuation set between them; full-width letters and
     * digits are not wide here, so that two full-width numbers stay apart.
     */
    static boolean isWide(char c) {
        if (c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A) {
            return false;
        }
        if (c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFFEF || Character.isSurrogate(c)) {
            return true;
        }
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }
}
