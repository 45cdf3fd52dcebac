package org.nianbao.core.report;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** A table cell as printed in the report; a blank cell is not zero. */
public sealed interface Cell permits Cell.Count, Cell.Amount, Cell.Blank, Cell.Unreadable {

    /** The shared blank cell. */
    Blank BLANK = new Blank();

    /** A whole number as printed; negative values are kept so that validation can report them. */
    record Count(long value) implements Cell {}

    /**
     * A decimal amount exactly as printed (scale kept: {@code 6133.0438}, {@code 0.00}), with the unit the
     * report wrote after it, if any ({@code 251000元}).
     */
    record Amount(BigDecimal value, @Nullable String unit) implements Cell {
        /** The canonical string: the decimal as written, then the unit. */
        public String text() {
            return unit == null ? value.toPlainString() : value.toPlainString() + unit;
        }
    }

    /** The report leaves the cell empty (or prints a dash). */
    record Blank() implements Cell {}

    /** Something is printed where a number belongs, but it is not a valid number ({@code 1.5}, {@code l0}). */
    record Unreadable(String printed) implements Cell {}

    static Count of(long value) {
        return value >= 0 && value < SmallCounts.SIZE ? SmallCounts.COUNTS[(int) value] : new Count(value);
    }

    /** The whole-number value, empty for anything else. */
    default OptionalLong count() {
        if (this instanceof Count c) {
            long value = c.value();
            return value >= 0 && value < SmallCounts.SIZE ? SmallCounts.OPTIONALS[(int) value] : OptionalLong.of(value);
        }
        return OptionalLong.empty();
    }

    /** The decimal value of a count or an amount, empty for a blank or unreadable cell. */
    default Optional<BigDecimal> decimal() {
        if (this instanceof Count c) {
            return Optional.of(BigDecimal.valueOf(c.value()));
        }
        if (this instanceof Amount a) {
            return Optional.of(a.value());
        }
        return Optional.empty();
    }

    /** True when the cell carries a value (a count or an amount). */
    default boolean hasValue() {
        return this instanceof Count || this instanceof Amount;
    }
}
