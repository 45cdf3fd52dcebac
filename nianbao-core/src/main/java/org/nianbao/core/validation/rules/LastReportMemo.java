package org.nianbao.core.validation.rules;

import java.util.function.Function;
import org.nianbao.core.report.AnnualReport;

/**
 * Remembers, per thread, one value computed from the last report asked about. Several rules need the same
 * analysis of a report (the table-三 equations, the sentences of the text) and the validator runs them one after
 * another on one thread: the first computes, the others reuse. Reports are compared by identity; one report per
 * thread stays reachable until the next one replaces it.
 *
 * @param <T> the value computed from a report
 */
final class LastReportMemo<T> {
    private final Function<AnnualReport, T> compute;
    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

    LastReportMemo(Function<AnnualReport, T> compute) {
        this.compute = compute;
    }

    T get(AnnualReport report) {
        Object[] entry = last.get();
        if (entry[0] != report) {
            entry[1] = compute.apply(report);
            entry[0] = report;
        }
        @SuppressWarnings("unchecked")
        T value = (T) entry[1];
        return value;
    }
}
