package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Places the values of a table 三 row that printed more or fewer than seven of them, when the arithmetic proves
 * where each belongs; otherwise nothing is placed. Never guesses.
 */
final class RowAlignment {
    private static final int COLUMNS = 7;
    private static final int MAX_EXTRA = 2;

    private RowAlignment() {}

    /**
     * @param printed the numbers as printed, in order
     * @param derived the row as the other rows' columns determine it, or null when they do not
     * @return the seven values, or null when no single placement is proven
     */
    static @Nullable List<Long> place(List<Long> printed, long @Nullable [] derived) {
        if (printed.size() > COLUMNS && printed.size() <= COLUMNS + MAX_EXTRA) {
            List<List<Long>> results = new ArrayList<>();
            drop(printed, printed.size() - COLUMNS, 0, new ArrayList<>(), results);
            List<Long> proven = null;
            for (List<Long> candidate : results) {
                if (!balances(candidate) || derived != null && !equal(candidate, derived)) {
                    continue;
                }
                if (proven != null && !proven.equals(candidate)) {
                    return null;
                }
                proven = candidate;
            }
            return proven;
        }
        if (printed.size() < COLUMNS && derived != null) {
            List<Long> row = new ArrayList<>(COLUMNS);
            for (long value : derived) {
                row.add(value);
            }
            return balances(row) && isSubsequence(printed, row) ? row : null;
        }
        return null;
    }

    private static void drop(List<Long> values, int toDrop, int from, List<Long> kept, List<List<Long>> results) {
        if (kept.size() + (values.size() - from) < COLUMNS) {
            return;
        }
        if (kept.size() == COLUMNS) {
            results.add(List.copyOf(kept));
            return;
        }
        kept.add(values.get(from));
        drop(values, toDrop, from + 1, kept, results);
        kept.remove(kept.size() - 1);
        drop(values, toDrop, from + 1, kept, results);
    }

    /** C1: the last value (总计) is the sum of the six applicant columns. */
    private static boolean balances(List<Long> row) {
        long sum = 0;
        for (int i = 0; i < COLUMNS - 1; i++) {
            sum += row.get(i);
        }
        return sum == row.get(COLUMNS - 1);
    }

    private static boolean equal(List<Long> row, long[] derived) {
        for (int i = 0; i < COLUMNS; i++) {
            if (row.get(i) != derived[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSubsequence(List<Long> part, List<Long> whole) {
        int j = 0;
        for (int i = 0; i < whole.size() && j < part.size(); i++) {
            if (whole.get(i).equals(part.get(j))) {
                j++;
            }
        }
        return j == part.size();
    }
}
