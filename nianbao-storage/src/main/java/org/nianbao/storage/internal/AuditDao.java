package org.nianbao.storage.internal;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.nianbao.core.account.AuditEntry;

/** Table {@code audit_entry}: inserted into and read, never updated or deleted. */
public interface AuditDao {
    String COLUMNS = "at, user_id, username, action, object_type, object_id, before_json, after_json";

    @SqlUpdate("""
            INSERT INTO audit_entry (at, user_id, username, action, object_type, object_id, before_json, after_json)
            VALUES (:at, :userId, :username, :action, :objectType, :objectId, :before, :after)""")
    void insert(@BindMethods AuditEntry entry);

    @SqlQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY at DESC, id DESC LIMIT :limit")
    List<AuditEntry> recent(int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE object_type = :objectType AND object_id = :objectId"
            + " ORDER BY at, id")
    List<AuditEntry> about(String objectType, String objectId);
}
