package org.nianbao.storage.internal;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Table {@code finding}. */
public interface FindingDao {

    @SqlBatch("""
            INSERT INTO finding (version_id, origin, position, rule, severity, cell, expected, actual, message, line, page)
            VALUES (:versionId, :origin, :position, :rule, :severity, :cell, :expected, :actual, :message, :line, :page)""")
    void insert(@BindMethods List<FindingRow> rows);

    /** The findings of the versions {@code :versionIds}, each list in order. */
    String OF_VERSIONS = """
            SELECT version_id, origin, position, rule, severity, cell, expected, actual, message, line, page
            FROM finding WHERE version_id = ANY(:versionIds)
            ORDER BY version_id, origin, position""";

    /** The findings of these versions, each list in order. */
    @SqlQuery(OF_VERSIONS)
    List<FindingRow> ofVersions(Long[] versionIds);

    @SqlUpdate("DELETE FROM finding WHERE version_id = :versionId AND origin = 'cross'")
    int deleteCross(long versionId);

    /** Moves the cross-report findings of a report from its former current version to the new one. */
    @SqlUpdate("UPDATE finding SET version_id = :to WHERE version_id = :from AND origin = 'cross'")
    int moveCross(long from, long to);
}
