package org.nianbao.storage.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.library.SourceFile;
import org.nianbao.core.validation.Finding;

/** A row of {@code report_version} with its source file's description (not its bytes). */
public record VersionRow(
        long id,
        long reportId,
        int number,
        String reportJson,
        String createdBy,
        Instant createdAt,
        @Nullable String reason,
        String sourceName,
        long sourceSize,
        String sourceSha256,
        String sourceFormat) {

    /** The version with its own findings, its report parsed from {@link #reportJson} by the caller (or cached). */
    public ReportVersion version(List<Finding> findings, AnnualReport report) {
        return new ReportVersion(
                id,
                reportId,
                number,
                report,
                findings,
                new SourceFile(sourceName, sourceSize, sourceSha256, sourceFormat),
                createdBy,
                createdAt,
                reason);
    }
}
