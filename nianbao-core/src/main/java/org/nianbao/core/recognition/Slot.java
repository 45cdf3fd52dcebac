package org.nianbao.core.recognition;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.Cell;

/**
 * One value position of a table row as printed: a number, a blank (an empty cell or a dash), or something
 * number-like that is not valid where it stands.
 *
 * @param printed the text as printed (empty for an empty cell)
 * @param number the number, when the text is one
 * @param unit the unit written after the number (元, 万元), if any
 */
record Slot(String printed, @Nullable BigDecimal number, @Nullable String unit) {

    private static final Pattern NUMBER =
            Pattern.compile("([+\\-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|元)?");

    static final Slot EMPTY = new Slot("", null, null);

    /** The slots of the plain counts 0…999 as printed without leading zeros: most values of every table. */
    private static final Slot[] SMALL = new Slot[1000];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Slot(Integer.toString(i), BigDecimal.valueOf(i), null);
        }
    }

    /**
     * The shared slot of the token {@code cell[start, end)} when it is a plain count below 1000 printed in ASCII
     * digits without a leading zero, which {@link #parse} would read the same; otherwise null.
     */
    static @Nullable Slot smallCount(String cell, int start, int end) {
        int length = end - start;
        if (length > 3 || length > 1 && cell.charAt(start) == '0') {
            return null;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = 10 * value + (c - '0');
        }
        return SMALL[value];
    }

    boolean isBlank() {
        return number == null;
    }

    /** The slot for a token, or null when the token is not a value (it is label text). */
    static @Nullable Slot parse(String token) {
        if (isBlankMarker(token)) {
            return new Slot(token, null, null);
        }
        char first = token.isEmpty() ? ' ' : token.charAt(0);
        char last = token.isEmpty() ? ' ' : token.charAt(token.length() - 1);
        if (!(Text.isDigit(first) || first == '+' || first == '-') || !(Text.isDigit(last) || last == '元')) {
            return null; // label text: most tokens, spared the regular expression
        }
        if (token.length() <= 18 && allDigits(token)) {
            // the common case, a plain count: no regular expression, no decimal parsing
            return new Slot(token, BigDecimal.valueOf(Long.parseLong(token)), null);
        }
        Matcher m = NUMBER.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "");
        String fraction = m.group(3) == null ? "" : m.group(3);
        BigDecimal value = new BigDecimal(("-".equals(m.group(1)) ? "-" : "") + digits + fraction);
        return new Slot(token, value, m.group(4));
    }

    private static boolean allDigits(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Text.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlankMarker(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!isBlankMark(token.charAt(i))) {
                return false;
            }
        }
        return !token.equals("一");
    }

    /** A character of the marks printed for a blank cell: dashes, slashes, and 一 typed for a dash. */
    static boolean isBlankMark(char c) {
        return c == '-' || c == '—' || c == '–' || c == '/' || c == '／' || c == '\\' || c == '－' || c == '一';
    }

    /** The cell for a whole-number column; a fraction is unreadable, a sign is kept. */
    Cell toCount() {
        if (number == null) {
            return Cell.BLANK;
        }
        if (unit != null || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
            return new Cell.Unreadable(printed);
        }
        try {
            return Cell.of(number.longValueExact());
        } catch (ArithmeticException tooLarge) {
            return new Cell.Unreadable(printed);
        }
    }

    /** The cell for an amount in the unit of the heading (万元): the decimal exactly as written. */
    Cell toAmount() {
        if (number == null) {
            return Cell.BLANK;
        }
        return new Cell.Amount(number, null);
    }

    /** The cell for an amount that carries its own unit (采购总金额 251000元). */
    Cell toAmountWithUnit() {
        if (number == null) {
            return Cell.BLANK;
        }
        return new Cell.Amount(number, unit);
    }
}
