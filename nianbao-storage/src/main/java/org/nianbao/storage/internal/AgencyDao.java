package org.nianbao.storage.internal;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.Agency;

/** Table {@code agency}. */
public interface AgencyDao {

    @SqlUpdate("INSERT INTO agency (code, name, level, parent_id) VALUES (:code, :name, :level, :parentId)")
    @GetGeneratedKeys("id")
    long insert(@Nullable String code, String name, String level, @Nullable Long parentId);

    @SqlQuery("SELECT id, code, name, level, parent_id FROM agency WHERE id = :id")
    Optional<Agency> find(long id);

    /** Locks the agency's row until the transaction ends (reports of one agency are stored one at a time). */
    @SqlQuery("SELECT id FROM agency WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @SqlQuery("SELECT id, code, name, level, parent_id FROM agency WHERE name = :name")
    Optional<Agency> findByName(String name);

    @SqlQuery("SELECT id, code, name, level, parent_id FROM agency")
    List<Agency> all();

    /** The agency and every agency below it, at any depth; empty when there is no such agency. */
    @SqlQuery("""
            WITH RECURSIVE below (id) AS (
                SELECT id FROM agency WHERE id = :id
                UNION ALL
                SELECT a.id FROM agency a JOIN below b ON a.parent_id = b.id
            )
            SELECT id FROM below""")
    List<Long> subtree(long id);
}
