package org.nianbao.core.library;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;

/**
 * A search of the library. Null fields do not restrict.
 *
 * @param agencyIds only reports of these agencies (the caller's scope, intersected with a region's subtree)
 * @param agencyName part of the agency's name
 * @param year the report year
 * @param rule only reports with a finding of this rule
 * @param severity only reports with a finding of this severity
 * @param limit at most this many, newest first
 * @param offset skip this many
 */
public record ReportQuery(
        @Nullable Set<Long> agencyIds,
        @Nullable String agencyName,
        @Nullable Integer year,
        @Nullable RuleId rule,
        @Nullable Severity severity,
        int limit,
        int offset) {

    public ReportQuery {
        if (agencyIds != null) {
            agencyIds = Set.copyOf(agencyIds);
        }
        if (limit < 1 || limit > 10_000 || offset < 0) {
            throw new IllegalArgumentException("limit must be 1…10000 and offset at least 0");
        }
    }

    public static ReportQuery all() {
        return new ReportQuery(null, null, null, null, null, 100, 0);
    }
}
