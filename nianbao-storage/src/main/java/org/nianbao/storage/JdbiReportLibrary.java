package org.nianbao.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.NewReport;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.ReportQuery;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.storage.internal.AgencyDao;
import org.nianbao.storage.internal.FindingDao;
import org.nianbao.storage.internal.FindingRow;
import org.nianbao.storage.internal.Mappings;
import org.nianbao.storage.internal.ReportDao;
import org.nianbao.storage.internal.SearchFilter;
import org.nianbao.storage.internal.StoredRow;
import org.nianbao.storage.internal.VersionRow;

/**
 * The library in tables {@code source_file}, {@code report}, {@code report_version} and {@code finding}.
 *
 * <ul>
 *   <li>A report version holds the canonical JSON ({@link CanonicalJson}) of its report; the bytes of the uploaded
 *       file are kept once, in {@code source_file}, and every version of the report points at them.
 *   <li>The time of a change is its audit entry's time: {@code store} and {@code correct} stamp the report and the
 *       version with {@link AuditEntry#at()}.
 *   <li>The cross-report findings are kept with the current version and move to each new one; a version's own
 *       findings never change.
 *   <li>A correction whose report states a year moves the report to that year; one without keeps the year.
 *   <li>{@link #ofAgency} leaves out reports without a year. "Newest" is the one stored last (highest id).
 *   <li>{@link #search} lists the most recently changed reports first.
 * </ul>
 */
public final class JdbiReportLibrary implements ReportLibrary {
    /** How many parsed report versions are kept (a few KB each). */
    private static final int PARSED_VERSIONS = 4096;

    private final Jdbi jdbi;
    /**
     * Parsed versions by id. A version never changes, so a cached one is never stale; reusing the same object also
     * lets the cross-report rules reuse what they computed for it (text fingerprints).
     */
    private final Map<Long, AnnualReport> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, AnnualReport> eldest) {
                    return size() > PARSED_VERSIONS;
                }
            });

    JdbiReportLibrary(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private AnnualReport parse(VersionRow row) {
        AnnualReport report = parsed.get(row.id());
        if (report == null) {
            report = CanonicalJson.read(row.reportJson());
            parsed.put(row.id(), report);
        }
        return report;
    }

    /**
     * {@inheritDoc}
     *
     * @throws MissingRecordException when the agency does not exist
     * @throws IllegalArgumentException when the content does not match the source file's size or SHA-256
     */
    @Override
    public StoredReport store(NewReport report, AuditEntry audit) {
        checkContent(report);
        return jdbi.inTransaction(handle -> {
            if (handle.attach(AgencyDao.class).lock(report.agencyId()).isEmpty()) {
                throw new MissingRecordException("单位不存在（编号 " + report.agencyId() + "）");
            }
            ReportDao reports = handle.attach(ReportDao.class);
            long sourceId = reports.insertSource(report.source().name(), report.source().size(),
                    report.source().sha256(), report.source().format(), report.content());
            long reportId = reports.insertReport(report.agencyId(), report.year(), audit.at());
            long versionId = reports.insertVersion(reportId, 1, CanonicalJson.write(report.report()),
                    report.report().formatVersion().key(), sourceId, report.createdBy(), audit.at(), null);
            reports.makeCurrent(reportId, versionId, report.year(), audit.at());
            if (report.year() != null) { // the report just stored is the newest of its year (marked so by default)
                reports.unmarkOthers(report.agencyId(), report.year(), reportId);
            }
            insertFindings(handle, versionId, FindingRow.REPORT, report.findings());
            insertFindings(handle, versionId, FindingRow.CROSS, report.crossFindings());
            JdbiAuditLog.append(handle, audit, reportId);
            return load(handle, reportId).orElseThrow();
        });
    }

    private static void checkContent(NewReport report) {
        if (report.content().length != report.source().size()) {
            throw new IllegalArgumentException("文件「" + report.source().name() + "」的大小应为 "
                    + report.source().size() + " 字节，实为 " + report.content().length + " 字节");
        }
        if (!sha256(report.content()).equalsIgnoreCase(report.source().sha256())) {
            throw new IllegalArgumentException("文件「" + report.source().name() + "」的 SHA-256 与内容不符");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * {@inheritDoc} The new version points at the source file of the version it corrects.
     *
     * @throws MissingRecordException when there is no such report
     * @throws IllegalArgumentException when the reason is blank
     */
    @Override
    public StoredReport correct(
            long reportId, AnnualReport corrected, List<Finding> findings, String createdBy, String reason,
            AuditEntry audit) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("请填写修改原因");
        }
        return jdbi.inTransaction(handle -> {
            ReportDao reports = handle.attach(ReportDao.class);
            // the agency first, then the report: the order store() takes them in, so the two cannot deadlock
            long agencyId = reports.agencyOf(reportId)
                    .orElseThrow(() -> new MissingRecordException("报告不存在（编号 " + reportId + "）"));
            handle.attach(AgencyDao.class).lock(agencyId);
            long current = currentVersion(reports, reportId);
            Integer yearBefore = reports.yearOf(reportId).orElse(null);
            long versionId = reports.insertVersion(reportId, reports.numberOf(current) + 1,
                    CanonicalJson.write(corrected), corrected.formatVersion().key(), reports.sourceOf(current),
                    createdBy, audit.at(), reason.strip());
            insertFindings(handle, versionId, FindingRow.REPORT, findings);
            handle.attach(FindingDao.class).moveCross(current, versionId);
            reports.makeCurrent(reportId, versionId, corrected.year(), audit.at());
            Integer yearAfter = reports.yearOf(reportId).orElse(null);
            if (yearAfter != null && !yearAfter.equals(yearBefore)) { // moved to another year
                refreshNewest(reports, agencyId, yearAfter);
                if (yearBefore != null) {
                    refreshNewest(reports, agencyId, yearBefore);
                }
            }
            JdbiAuditLog.append(handle, audit, reportId);
            return load(handle, reportId).orElseThrow();
        });
    }

    /**
     * Marks the newest report of an agency and year after a report moved there or away. Called in the transaction
     * that moves it, with the agency's row locked, as {@code store} does, so that two reports cannot both end up
     * newest.
     */
    private static void refreshNewest(ReportDao reports, long agencyId, int year) {
        reports.newestId(agencyId, year).ifPresent(newest -> {
            reports.unmarkOthers(agencyId, year, newest);
            reports.markNewest(newest);
        });
    }

    /** Locks the report for the rest of the transaction and returns its current version's id. */
    private static long currentVersion(ReportDao reports, long reportId) {
        return reports.lockCurrentVersion(reportId)
                .orElseThrow(() -> new MissingRecordException("报告不存在（编号 " + reportId + "）"));
    }

    private static void insertFindings(Handle handle, long versionId, String origin, List<Finding> findings) {
        if (!findings.isEmpty()) {
            handle.attach(FindingDao.class).insert(FindingRow.of(versionId, origin, findings));
        }
    }

    @Override
    public Optional<StoredReport> find(long reportId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> load(handle, reportId));
    }

    @Override
    public List<ReportVersion> versions(long reportId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            List<VersionRow> rows = handle.createQuery(ReportDao.VERSIONS).bind("reportId", reportId)
                    .map((result, context) -> Mappings.versionRow(result)).list();
            Map<Long, List<FindingRow>> findings = findings(handle, rows.stream().map(VersionRow::id).toList());
            List<ReportVersion> versions = new ArrayList<>(rows.size());
            for (VersionRow row : rows) {
                versions.add(row.version(own(findings.get(row.id())), parse(row)));
            }
            return versions;
        });
    }

    @Override
    public Optional<byte[]> sourceBytes(long versionId) {
        return jdbi.withExtension(ReportDao.class, reports -> reports.sourceBytes(versionId));
    }

    /** {@inheritDoc} The most recently changed first. */
    @Override
    public List<ReportSummary> search(ReportQuery query) {
        // the fluent API with a written-out mapper, as for the other hot reads (docs/web.md, load)
        return jdbi.withHandle(handle -> handle.createQuery(ReportDao.SEARCH_PAGE)
                .bindMethods(SearchFilter.of(query)).bind("limit", query.limit()).bind("offset", query.offset())
                .map((result, context) -> Mappings.summary(result)).list());
    }

    @Override
    public long count(ReportQuery query) {
        return jdbi.withHandle(handle -> handle.createQuery(ReportDao.SEARCH_COUNT)
                .bindMethods(SearchFilter.of(query)).mapTo(Long.class).one());
    }

    /** {@inheritDoc} Reports without a year are left out. */
    @Override
    public List<StoredReport> ofAgency(long agencyId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> assemble(handle, handle.attach(ReportDao.class).newestOfAgency(agencyId)));
    }

    /** {@inheritDoc} Ordered by agency name ({@link String#compareTo}). */
    @Override
    public List<StoredReport> ofYear(int year) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            List<StoredRow> rows = new ArrayList<>(handle.attach(ReportDao.class).newestOfYear(year));
            rows.sort(Comparator.comparing(StoredRow::agencyName).thenComparingLong(StoredRow::reportId));
            return assemble(handle, rows);
        });
    }

    /**
     * {@inheritDoc}
     *
     * @throws MissingRecordException when there is no such report
     */
    @Override
    public void replaceCrossFindings(long reportId, List<Finding> findings) {
        jdbi.useTransaction(handle -> {
            long current = currentVersion(handle.attach(ReportDao.class), reportId);
            handle.attach(FindingDao.class).deleteCross(current);
            insertFindings(handle, current, FindingRow.CROSS, findings);
        });
    }

    private Optional<StoredReport> load(Handle handle, long reportId) {
        // the fluent API with a written-out mapper: attaching the SqlObject on every read cost more than the query
        return handle.createQuery(ReportDao.STORED + "WHERE r.id = :reportId").bind("reportId", reportId)
                .map((result, context) -> Mappings.storedRow(result)).findOne()
                .map(row -> assemble(handle, List.of(row)).get(0));
    }

    /** The stored reports of the rows, in their order, with their findings (one query for all). */
    private List<StoredReport> assemble(Handle handle, List<StoredRow> rows) {
        Map<Long, List<FindingRow>> findings = findings(handle, rows.stream().map(StoredRow::versionId).toList());
        List<StoredReport> reports = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            List<FindingRow> kept = findings.get(row.versionId());
            reports.add(new StoredReport(
                    row.reportId(), row.agency(), row.reportYear(), version(row.version(), own(kept)), cross(kept)));
        }
        return reports;
    }

    private ReportVersion version(VersionRow row, List<Finding> findings) {
        return row.version(findings, parse(row));
    }

    /** The findings of the versions, by version id; each list in origin and position order. */
    private static Map<Long, List<FindingRow>> findings(Handle handle, List<Long> versionIds) {
        Map<Long, List<FindingRow>> byVersion = new HashMap<>();
        if (versionIds.isEmpty()) {
            return byVersion;
        }
        List<FindingRow> rows = handle.createQuery(FindingDao.OF_VERSIONS)
                .bind("versionIds", versionIds.toArray(Long[]::new))
                .map((result, context) -> Mappings.findingRow(result)).list();
        for (FindingRow row : rows) {
            byVersion.computeIfAbsent(row.versionId(), id -> new ArrayList<>()).add(row);
        }
        return byVersion;
    }

    private static List<Finding> own(@Nullable List<FindingRow> rows) {
        return select(rows, false);
    }

    private static List<Finding> cross(@Nullable List<FindingRow> rows) {
        return select(rows, true);
    }

    private static List<Finding> select(@Nullable List<FindingRow> rows, boolean cross) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream()
                .filter(row -> row.isCross() == cross)
                .sorted(Comparator.comparingInt(FindingRow::position))
                .map(FindingRow::finding)
                .toList();
    }
}
