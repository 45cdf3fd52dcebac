package org.nianbao.core.library;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.validation.Finding;

/**
 * A report in the library: which agency and year it belongs to, its current version, and what the cross-report
 * rules ({@code xyear.*}, {@code xagency.*}) found against its stored neighbours.
 *
 * @param year the report year; null when it could not be read from the report
 */
public record StoredReport(
        long id, Agency agency, @Nullable Integer year, ReportVersion current, List<Finding> crossFindings) {

    public StoredReport {
        crossFindings = List.copyOf(crossFindings);
    }

    /** The current version's findings followed by the cross-report findings. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(current.findings());
        all.addAll(crossFindings);
        return all;
    }
}
