package org.nianbao.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportSummary;

/** Tables {@code source_file}, {@code report} and {@code report_version}. */
public interface ReportDao {

    /** A report with its agency, current version and source file. */
    String STORED = """
            SELECT r.id AS report_id, r.report_year, a.id AS agency_id, a.code AS agency_code,
                   a.name AS agency_name, a.level AS agency_level, a.parent_id AS agency_parent_id,
                   v.id AS version_id, v.number AS version_number, v.report_json, v.created_by, v.created_at,
                   v.reason, s.name AS source_name, s.size AS source_size, s.sha256 AS source_sha256,
                   s.format AS source_format
            FROM report r
            JOIN agency a ON a.id = r.agency_id
            JOIN report_version v ON v.id = r.current_version_id
            JOIN source_file s ON s.id = v.source_file_id
            """;

    /**
     * The newest report of each year of agency {@code :agencyId}, by year. "Newest" is the one stored last (the
     * highest id), kept in {@code report.newest} on every write.
     */
    String NEWEST_OF_AGENCY = STORED + """
            WHERE r.agency_id = :agencyId AND r.newest AND r.report_year IS NOT NULL
            ORDER BY r.report_year""";

    /** The newest report (the one stored last) of each agency for year {@code :year}. */
    String NEWEST_OF_YEAR = STORED + "WHERE r.report_year = :year AND r.newest";

    /** One line of a listing: the current version with its finding counts (both origins). */
    String SUMMARY = """
            SELECT r.id, r.agency_id, a.name AS agency_name, r.report_year, v.format_version,
                   v.number AS version_number,
                   (SELECT COUNT(*) FROM finding f WHERE f.version_id = v.id AND f.severity = 'error') AS errors,
                   (SELECT COUNT(*) FROM finding f WHERE f.version_id = v.id AND f.severity = 'warning') AS warnings,
                   s.name AS source_name, r.updated_at
            FROM report r
            JOIN agency a ON a.id = r.agency_id
            JOIN report_version v ON v.id = r.current_version_id
            JOIN source_file s ON s.id = v.source_file_id
            """;

    /**
     * The filters of a {@link SearchFilter}; a null parameter does not restrict. A rule or severity matches the
     * findings kept with the current version: its own and the report's cross-report findings.
     */
    String SEARCH = """
            WHERE (:allAgencies OR r.agency_id = ANY(:agencyIds))
              AND (CAST(:namePattern AS VARCHAR(1000)) IS NULL OR LOWER(a.name) LIKE :namePattern ESCAPE '\\')
              AND (CAST(:year AS INTEGER) IS NULL OR r.report_year = :year)
              AND (CAST(:rule AS VARCHAR(64)) IS NULL
                   OR EXISTS (SELECT 1 FROM finding f WHERE f.version_id = r.current_version_id AND f.rule = :rule))
              AND (CAST(:severity AS VARCHAR(16)) IS NULL
                   OR EXISTS (SELECT 1 FROM finding f
                              WHERE f.version_id = r.current_version_id AND f.severity = :severity))
            """;

    @SqlUpdate("INSERT INTO source_file (name, size, sha256, format, content) VALUES (:name, :size, :sha256, :format, :content)")
    @GetGeneratedKeys("id")
    long insertSource(String name, long size, String sha256, String format, byte[] content);

    @SqlUpdate("INSERT INTO report (agency_id, report_year, created_at, updated_at) VALUES (:agencyId, :year, :at, :at)")
    @GetGeneratedKeys("id")
    long insertReport(long agencyId, @Nullable Integer year, Instant at);

    @SqlUpdate("""
            INSERT INTO report_version
                (report_id, number, report_json, format_version, source_file_id, created_by, created_at, reason)
            VALUES (:reportId, :number, :reportJson, :formatVersion, :sourceFileId, :createdBy, :createdAt, :reason)""")
    @GetGeneratedKeys("id")
    long insertVersion(
            long reportId, int number, String reportJson, String formatVersion, long sourceFileId, String createdBy,
            Instant createdAt, @Nullable String reason);

    /** Makes a version the report's current one; a non-null year replaces the report's year. */
    @SqlUpdate("""
            UPDATE report SET current_version_id = :versionId, updated_at = :at,
                              report_year = COALESCE(CAST(:year AS INTEGER), report_year)
            WHERE id = :reportId""")
    int makeCurrent(long reportId, long versionId, @Nullable Integer year, Instant at);

    /** The id of the newest report (the one stored last) of one agency and year, if it has any. */
    @SqlQuery("SELECT MAX(id) FROM report WHERE agency_id = :agencyId AND report_year = :year")
    Optional<Long> newestId(long agencyId, int year);

    /**
     * Unmarks the reports of one agency and year other than {@code :newestId} that are marked newest (at most one:
     * an index range, however many reports the year has).
     */
    @SqlUpdate("""
            UPDATE report SET newest = FALSE
            WHERE agency_id = :agencyId AND newest AND report_year = :year AND id <> :newestId""")
    int unmarkOthers(long agencyId, int year, long newestId);

    @SqlUpdate("UPDATE report SET newest = TRUE WHERE id = :reportId")
    int markNewest(long reportId);

    /** The report's year (empty also when the report has none). */
    @SqlQuery("SELECT report_year FROM report WHERE id = :reportId")
    Optional<Integer> yearOf(long reportId);

    /** The report's agency; empty when there is no such report. */
    @SqlQuery("SELECT agency_id FROM report WHERE id = :reportId")
    Optional<Long> agencyOf(long reportId);

    /** Locks the report's row until the transaction ends and returns its current version's id. */
    @SqlQuery("SELECT current_version_id FROM report WHERE id = :reportId FOR UPDATE")
    Optional<Long> lockCurrentVersion(long reportId);

    @SqlQuery("SELECT number FROM report_version WHERE id = :versionId")
    int numberOf(long versionId);

    @SqlQuery("SELECT source_file_id FROM report_version WHERE id = :versionId")
    long sourceOf(long versionId);

    @SqlQuery(STORED + "WHERE r.id = :reportId")
    Optional<StoredRow> stored(long reportId);

    @SqlQuery(NEWEST_OF_AGENCY)
    List<StoredRow> newestOfAgency(long agencyId);

    @SqlQuery(NEWEST_OF_YEAR)
    List<StoredRow> newestOfYear(int year);

    /** The versions of report {@code :reportId}, oldest first, with their source files' descriptions. */
    String VERSIONS = """
            SELECT v.id, v.report_id, v.number, v.report_json, v.created_by, v.created_at, v.reason,
                   s.name AS source_name, s.size AS source_size, s.sha256 AS source_sha256, s.format AS source_format
            FROM report_version v
            JOIN source_file s ON s.id = v.source_file_id
            WHERE v.report_id = :reportId
            ORDER BY v.number""";

    @SqlQuery(VERSIONS)
    List<VersionRow> versions(long reportId);

    @SqlQuery("""
            SELECT s.content FROM report_version v JOIN source_file s ON s.id = v.source_file_id
            WHERE v.id = :versionId""")
    Optional<byte[]> sourceBytes(long versionId);

    /** A page of {@link #SUMMARY} lines matching {@link #SEARCH}, most recently changed first. */
    String SEARCH_PAGE = SUMMARY + SEARCH + "ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit OFFSET :offset";

    /** How many reports match {@link #SEARCH}. */
    String SEARCH_COUNT = "SELECT COUNT(*) FROM report r JOIN agency a ON a.id = r.agency_id " + SEARCH;

    @SqlQuery(SEARCH_PAGE)
    List<ReportSummary> search(@BindMethods SearchFilter filter, int limit, int offset);

    @SqlQuery(SEARCH_COUNT)
    long count(@BindMethods SearchFilter filter);
}
