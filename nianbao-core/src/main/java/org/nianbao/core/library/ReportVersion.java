package org.nianbao.core.library;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;

/**
 * One immutable version of a stored report. Version 1 is what was read from the uploaded file; each correction
 * adds a version and keeps the earlier ones.
 *
 * @param number 1, 2, … within the report
 * @param findings what the single-report rules found in this version
 * @param source the file version 1 was read from (later versions keep pointing at it)
 * @param createdBy the user name of who made the version
 * @param reason why the version was made: null for an upload, the corrector's reason otherwise
 */
public record ReportVersion(
        long id,
        long reportId,
        int number,
        AnnualReport report,
        List<Finding> findings,
        SourceFile source,
        String createdBy,
        Instant createdAt,
        @Nullable String reason) {

    public ReportVersion {
        findings = List.copyOf(findings);
    }
}
