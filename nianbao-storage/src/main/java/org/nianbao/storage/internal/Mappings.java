package org.nianbao.storage.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.ApiToken;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.Session;
import org.nianbao.core.account.User;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyLevel;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.report.FormatVersion;

/**
 * How values cross into and out of SQL, the same on H2 and PostgreSQL: instants as {@code TIMESTAMP WITH TIME ZONE}
 * through {@link OffsetDateTime} at UTC (kept to the microsecond, the precision both databases store), {@code Long}
 * arrays as {@code bigint[]}, and the rows of the core records.
 */
public final class Mappings {
    private Mappings() {}

    /** Registers the mappings with {@code jdbi}. */
    public static void install(Jdbi jdbi) {
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, (result, column, context) -> instant(result, column));
        jdbi.registerArrayType(Long.class, "bigint");
        jdbi.registerRowMapper(Agency.class, (result, context) -> agency(result));
        jdbi.registerRowMapper(User.class, (result, context) -> user(result));
        jdbi.registerRowMapper(AuditEntry.class, (result, context) -> auditEntry(result));
        jdbi.registerRowMapper(Session.class, (result, context) -> session(result));
        jdbi.registerRowMapper(ApiToken.class, (result, context) -> new ApiToken(result.getLong("id"),
                result.getLong("user_id"), result.getString("name"), instant(result, "created_at")));
        jdbi.registerRowMapper(ReportSummary.class, (result, context) -> summary(result));
        // written out rather than ConstructorMapper: the reflective mapper is specialised again for every result
        // set, which was a third of the time of reading a report (JFR, docs/web.md)
        jdbi.registerRowMapper(StoredRow.class, (result, context) -> storedRow(result));
        jdbi.registerRowMapper(VersionRow.class, (result, context) -> versionRow(result));
        jdbi.registerRowMapper(FindingRow.class, (result, context) -> findingRow(result));
    }

    public static StoredRow storedRow(ResultSet result) throws SQLException {
        return new StoredRow(
                result.getLong("report_id"),
                nullableInt(result, "report_year"),
                result.getLong("agency_id"),
                result.getString("agency_code"),
                result.getString("agency_name"),
                result.getString("agency_level"),
                nullableLong(result, "agency_parent_id"),
                result.getLong("version_id"),
                result.getInt("version_number"),
                result.getString("report_json"),
                result.getString("created_by"),
                instant(result, "created_at"),
                result.getString("reason"),
                result.getString("source_name"),
                result.getLong("source_size"),
                result.getString("source_sha256"),
                result.getString("source_format"));
    }

    public static VersionRow versionRow(ResultSet result) throws SQLException {
        return new VersionRow(
                result.getLong("id"),
                result.getLong("report_id"),
                result.getInt("number"),
                result.getString("report_json"),
                result.getString("created_by"),
                instant(result, "created_at"),
                result.getString("reason"),
                result.getString("source_name"),
                result.getLong("source_size"),
                result.getString("source_sha256"),
                result.getString("source_format"));
    }

    public static FindingRow findingRow(ResultSet result) throws SQLException {
        return new FindingRow(
                result.getLong("version_id"),
                result.getString("origin"),
                result.getInt("position"),
                result.getString("rule"),
                result.getString("severity"),
                result.getString("cell"),
                result.getString("expected"),
                result.getString("actual"),
                result.getString("message"),
                nullableInt(result, "line"),
                nullableInt(result, "page"));
    }

    /** The instant as stored: truncated to the microsecond. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static Instant instant(ResultSet result, String column) throws SQLException {
        OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
        if (time == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return time.toInstant();
    }

    static @Nullable Long nullableLong(ResultSet result, String column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    static @Nullable Integer nullableInt(ResultSet result, String column) throws SQLException {
        int value = result.getInt(column);
        return result.wasNull() ? null : value;
    }

    static Agency agency(ResultSet result) throws SQLException {
        return new Agency(
                result.getLong("id"),
                result.getString("code"),
                result.getString("name"),
                AgencyLevel.fromKey(result.getString("level")),
                nullableLong(result, "parent_id"));
    }

    static User user(ResultSet result) throws SQLException {
        return new User(
                result.getLong("id"),
                result.getString("username"),
                result.getString("display_name"),
                Role.fromKey(result.getString("role")),
                nullableLong(result, "agency_id"),
                result.getBoolean("active"),
                instant(result, "created_at"));
    }

    static Session session(ResultSet result) throws SQLException {
        return new Session(
                result.getString("token_hash"),
                result.getLong("user_id"),
                result.getString("csrf_token"),
                instant(result, "created_at"),
                instant(result, "expires_at"));
    }

    static AuditEntry auditEntry(ResultSet result) throws SQLException {
        return new AuditEntry(
                instant(result, "at"),
                nullableLong(result, "user_id"),
                result.getString("username"),
                result.getString("action"),
                result.getString("object_type"),
                result.getString("object_id"),
                result.getString("before_json"),
                result.getString("after_json"));
    }

    public static ReportSummary summary(ResultSet result) throws SQLException {
        return new ReportSummary(
                result.getLong("id"),
                result.getLong("agency_id"),
                result.getString("agency_name"),
                nullableInt(result, "report_year"),
                FormatVersion.fromKey(result.getString("format_version")),
                result.getInt("version_number"),
                result.getInt("errors"),
                result.getInt("warnings"),
                result.getString("source_name"),
                instant(result, "updated_at"));
    }

    /** Binds an {@link Instant} as an {@link OffsetDateTime} at UTC, which both drivers store exactly. */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime time = stored(value).atOffset(ZoneOffset.UTC);
            return (int position, PreparedStatement statement, StatementContext context) ->
                    statement.setObject(position, time);
        }
    }
}
