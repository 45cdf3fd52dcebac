package org.nianbao.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportSummary;

/** Tables {@code source_file}, {@code report} and {@code report_version}. */
@RegisterConstructorMapper(StoredRow.class)
@RegisterConstructorMapper(VersionRow.class)
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

    /** No report of the same agency and year was stored after {@code r}. */
    String NEWEST_OF_ITS_YEAR = """
            NOT EXISTS (SELECT 1 FROM report n
                        WHERE n.agency_id = r.agency_id AND n.report_year = r.report_year
                          AND (n.created_at > r.created_at OR n.created_at = r.created_at AND n.id > r.id))
            """;

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

    /** Locks the report's row until the transaction ends and returns its current version's id. */
    @SqlQuery("SELECT current_version_id FROM report WHERE id = :reportId FOR UPDATE")
    Optional<Long> lockCurrentVersion(long reportId);

    @SqlQuery("SELECT number FROM report_version WHERE id = :versionId")
    int numberOf(long versionId);

    @SqlQuery("SELECT source_file_id FROM report_version WHERE id = :versionId")
    long sourceOf(long versionId);

    @SqlQuery(STORED + "WHERE r.id = :reportId")
    Optional<StoredRow> stored(long reportId);

    @SqlQuery(STORED + "WHERE r.agency_id = :agencyId AND r.report_year IS NOT NULL AND " + NEWEST_OF_ITS_YEAR
            + "ORDER BY r.report_year")
    List<StoredRow> newestOfAgency(long agencyId);

    @SqlQuery(STORED + "WHERE r.report_year = :year AND " + NEWEST_OF_ITS_YEAR)
    List<StoredRow> newestOfYear(int year);

    @SqlQuery("""
            SELECT v.id, v.report_id, v.number, v.report_json, v.created_by, v.created_at, v.reason,
                   s.name AS source_name, s.size AS source_size, s.sha256 AS source_sha256, s.format AS source_format
            FROM report_version v
            JOIN source_file s ON s.id = v.source_file_id
            WHERE v.report_id = :reportId
            ORDER BY v.number""")
    List<VersionRow> versions(long reportId);

    @SqlQuery("""
            SELECT s.content FROM report_version v JOIN source_file s ON s.id = v.source_file_id
            WHERE v.id = :versionId""")
    Optional<byte[]> sourceBytes(long versionId);

    @SqlQuery(SUMMARY + SEARCH + "ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
    List<ReportSummary> search(@BindMethods SearchFilter filter, int limit, int offset);

    @SqlQuery("SELECT COUNT(*) FROM report r JOIN agency a ON a.id = r.agency_id " + SEARCH)
    long count(@BindMethods SearchFilter filter);
}
