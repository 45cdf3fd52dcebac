package org.nianbao.core.recognition;

import org.jspecify.annotations.Nullable;

/**
 * Character-level normalisation of printed text for matching labels (format.md §G): full-width to half-width,
 * no whitespace, one form of quotes (none), 其它 → 其他, 覆 → 复, 1、/1．/（1） → 1., no Markdown marks.
 */
final class Text {
    private Text() {}

    /** Folds one character: full-width ASCII to ASCII, the ideographic space to a space. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '−' || c == '－') {
            return '-';
        }
        return c;
    }

    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        }
        // printable ASCII and Chinese characters, the common cases, are told with two comparisons
        if (c < '\u00A0' || c > '\u3000' && c < '\uFEFF') {
            return false;
        }
        return c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isDropped(char c) {
        if (c < '\u2018') {
            return c == '"' || c == '\'' || c == '#' || c == '*';
        }
        if (c > '\u300F') {
            return false; // Chinese characters and everything after: the common case, decided at once
        }
        switch (c) {
            case '"':
            case '\'':
            case '“':
            case '”':
            case '‘':
            case '’':
            case '「':
            case '」':
            case '『':
            case '』':
            case '#':
            case '*':
                return true;
            default:
                return false;
        }
    }

    /**
     * The first character of {@link #key}'s result before its word-level rewrites, or 0 when the key is empty;
     * read without making the key. The rewrites can change a first character only from 覆 to 复 or from ( to a
     * digit: callers looking for other characters may take this for the key's first.
     */
    static char firstKeyChar(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            char folded = fold(c);
            if (folded != ' ' && !isDropped(folded)) {
                return folded;
            }
        }
        return 0;
    }

    /** Whether {@link #key} of the text would be empty: nothing but whitespace, quotes and Markdown marks. */
    static boolean isKeyless(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                char folded = fold(c);
                if (folded != ' ' && !isDropped(folded)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The key a label is matched by. One pass folds and drops characters and notes where the first word-level
     * rewrite may apply; the rewrites are then made from there on (most lines have none, or a few in 「一、」 or
     * 「(一)」), in place unless 「(1)」 shortens the text.
     */
    static String key(String raw) {
        int n = raw.length();
        // copied out once and compacted in place: an array loop is much cheaper than charAt on every character
        char[] b = new char[n];
        raw.getChars(0, n, b, 0);
        return key(b, n, raw);
    }

    /** {@link #key(String)} of the builder's text, read without making a string of it first. */
    static String key(StringBuilder raw) {
        int n = raw.length();
        char[] b = new char[n];
        raw.getChars(0, n, b, 0);
        return key(b, n, null);
    }

    /** The key of the text {@code b[0, n)}, made in place in {@code b}; {@code raw} itself when it is its own key. */
    private static String key(char[] b, int n, @Nullable String raw) {
        int len = 0;
        boolean changed = false;
        // the position in b of the first kept character a rewrite may start from (它, 覆, 、, . or (), or -1
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c > '\u300F' && c < '\uFEFF') {
                // Chinese characters, the common case: neither space, nor folded, nor dropped
                if (first < 0 && (c == '它' || c == '覆')) {
                    first = len;
                }
                b[len++] = c;
                continue;
            }
            if (isSpace(c)) {
                continue;
            }
            char folded = fold(c);
            if (folded == ' ' || isDropped(folded)) {
                continue;
            }
            if (first < 0 && (folded == '、' || folded == '.' || folded == '(')) {
                first = len;
            }
            changed |= folded != c;
            b[len++] = folded;
        }
        if (first < 0) {
            return len == n && !changed && raw != null ? raw : new String(b, 0, len);
        }
        for (int i = first; i < len; i++) {
            if (b[i] == '(' && i + 2 < len && isDigit(b[i + 1]) && b[i + 2] == ')') {
                return rewritten(b, len); // (1) → 1. shortens the text: every character moves
            }
        }
        // In place, from the first place a rewrite may start: none of these rewrites makes or removes a digit or
        // 其, which are all their conditions read.
        for (int i = first; i < len; i++) {
            char c = b[i];
            if (c == '它' && i > 0 && b[i - 1] == '其') {
                b[i] = '他';
            } else if (c == '覆') {
                // 反覆/覆议: Traditional texts keep 覆 where the Simplified labels write 复.
                b[i] = '复';
            } else if ((c == '、' || c == '.') && i > 0 && isDigit(b[i - 1])
                    && (i == 1 || !isDigit(b[i - 2])) && i + 1 < len && !isDigit(b[i + 1])) {
                b[i] = '.';
            }
        }
        return new String(b, 0, len);
    }

    /** The word-level rewrites over the whole folded text {@code b[0, len)}, in place: their plain definition. */
    static String rewritten(char[] b, int len) {
        int w = 0;
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (c == '它' && w > 0 && b[w - 1] == '其') {
                c = '他';
            } else if (c == '覆') {
                c = '复';
            } else if ((c == '、' || c == '.') && w > 0 && isDigit(b[w - 1])
                    && (w == 1 || !isDigit(b[w - 2])) && i + 1 < len && !isDigit(b[i + 1])) {
                c = '.';
            } else if (c == '(' && i + 2 < len && isDigit(b[i + 1]) && b[i + 2] == ')') {
                b[w++] = b[i + 1];
                c = '.';
                i += 2;
            }
            b[w++] = c;
        }
        return new String(b, 0, w);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** The raw text with whitespace removed and full-width folded, for names and titles. */
    static String compact(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c) || c == '#' || c == '*') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Longest common subsequence length, for matching labels broken or shortened by extraction. */
    static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
