package org.nianbao.core.library;

import java.util.List;
import java.util.Optional;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;

/**
 * The stored reports. Versions are immutable: a correction adds one. Each write happens in one transaction
 * together with its {@link AuditEntry}, so after a crash a report is either there whole or not at all.
 */
public interface ReportLibrary {

    /** Stores an upload as version 1 of a new report; the audit entry's object id is filled in. */
    StoredReport store(NewReport report, AuditEntry audit);

    /**
     * Adds a version made by correcting the current one.
     *
     * @param reason why, in the corrector's words (required)
     */
    StoredReport correct(
            long reportId, AnnualReport corrected, List<Finding> findings, String createdBy, String reason,
            AuditEntry audit);

    Optional<StoredReport> find(long reportId);

    /** Every version of a report, oldest first. */
    List<ReportVersion> versions(long reportId);

    /** The bytes of the file a version was read from. */
    Optional<byte[]> sourceBytes(long versionId);

    List<ReportSummary> search(ReportQuery query);

    /** How many reports the query matches, ignoring its limit and offset. */
    long count(ReportQuery query);

    /** The current report of every year of one agency (the newest when a year was uploaded twice), by year. */
    List<StoredReport> ofAgency(long agencyId);

    /** The current report of every agency for one year (the newest per agency). */
    List<StoredReport> ofYear(int year);

    /** Replaces what the cross-report rules found for a report (they change when its neighbours change). */
    void replaceCrossFindings(long reportId, List<Finding> findings);
}
