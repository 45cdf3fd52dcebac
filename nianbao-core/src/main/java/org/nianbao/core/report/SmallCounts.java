package org.nianbao.core.report;

import java.util.OptionalLong;

/** The counts most cells hold, and their optionals, made once: every rule reads every cell of a table. */
final class SmallCounts {
    static final int SIZE = 1024;
    static final Cell.Count[] COUNTS = new Cell.Count[SIZE];
    static final OptionalLong[] OPTIONALS = new OptionalLong[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            COUNTS[i] = new Cell.Count(i);
            OPTIONALS[i] = OptionalLong.of(i);
        }
    }

    private SmallCounts() {}
}
