package org.nianbao.core.recognition;

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
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n' || c == '\u200B'
                || c == '\uFEFF';
    }

    private static boolean isDropped(char c) {
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

    /** The key a label is matched by. */
    static String key(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            c = fold(c);
            if (c == ' ' || isDropped(c)) {
                continue;
            }
            b.append(c);
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '它' && i > 0 && b.charAt(i - 1) == '其') {
                b.setCharAt(i, '他');
            } else if (c == '覆') {
                // 反覆/覆议: Traditional texts keep 覆 where the Simplified labels write 复.
                b.setCharAt(i, '复');
            } else if ((c == '、' || c == '.') && i > 0 && isDigit(b.charAt(i - 1))
                    && (i == 1 || !isDigit(b.charAt(i - 2))) && i + 1 < b.length() && !isDigit(b.charAt(i + 1))) {
                b.setCharAt(i, '.');
            } else if (c == '(' && i + 2 < b.length() && isDigit(b.charAt(i + 1)) && b.charAt(i + 2) == ')') {
                b.setCharAt(i, b.charAt(i + 1));
                b.setCharAt(i + 1, '.');
                b.deleteCharAt(i + 2);
            }
        }
        return b.toString();
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
