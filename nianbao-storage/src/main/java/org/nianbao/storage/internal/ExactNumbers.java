package org.nianbao.storage.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of findings ({@code expected}, {@code actual}) as text, exactly as the canonical JSON writes them:
 * integers as {@code Long}, decimals as {@code BigDecimal} with their scale ({@code 12.50} stays {@code 12.50}).
 */
public final class ExactNumbers {
    private ExactNumbers() {}

    /** The number's text: digits for an integer, {@link BigDecimal#toString()} for a decimal. */
    public static @Nullable String text(@Nullable Number number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toString();
        }
        if (number instanceof BigInteger integer) {
            return integer.toString();
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue()).toString();
        }
        return Long.toString(number.longValue());
    }

    /** The number of {@link #text}: a {@code Long} when it is an integer that fits, else a {@code BigDecimal}. */
    public static @Nullable Number number(@Nullable String text) {
        if (text == null) {
            return null;
        }
        if (isInteger(text)) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooLarge) {
                return new BigDecimal(text);
            }
        }
        return new BigDecimal(text);
    }

    private static boolean isInteger(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
