package org.nianbao.storage.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyLevel;

/** A report joined with its agency, its current version and that version's source file. */
public record StoredRow(
        long reportId,
        @Nullable Integer reportYear,
        long agencyId,
        @Nullable String agencyCode,
        String agencyName,
        String agencyLevel,
        @Nullable Long agencyParentId,
        long versionId,
        int versionNumber,
        String reportJson,
        String createdBy,
        Instant createdAt,
        @Nullable String reason,
        String sourceName,
        long sourceSize,
        String sourceSha256,
        String sourceFormat) {

    public Agency agency() {
        return new Agency(agencyId, agencyCode, agencyName, AgencyLevel.fromKey(agencyLevel), agencyParentId);
    }

    public VersionRow version() {
        return new VersionRow(
                versionId, reportId, versionNumber, reportJson, createdBy, createdAt, reason, sourceName, sourceSize,
                sourceSha256, sourceFormat);
    }
}
