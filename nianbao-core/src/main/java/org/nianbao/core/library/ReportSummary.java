package org.nianbao.core.library;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.FormatVersion;

/** One line of a library listing: a report's current version with its finding counts (cross findings included). */
public record ReportSummary(
        long id,
        long agencyId,
        String agencyName,
        @Nullable Integer year,
        FormatVersion formatVersion,
        int version,
        int errors,
        int warnings,
        String sourceName,
        Instant updatedAt) {}
