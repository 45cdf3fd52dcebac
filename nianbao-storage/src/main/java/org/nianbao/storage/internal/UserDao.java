package org.nianbao.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.User;

/** Table {@code app_user}. */
public interface UserDao {
    String COLUMNS = "id, username, display_name, role, agency_id, active, created_at";

    @SqlUpdate("""
            INSERT INTO app_user (username, display_name, role, agency_id, active, password_hash, created_at)
            VALUES (:username, :displayName, :role, :agencyId, TRUE, :passwordHash, :createdAt)""")
    @GetGeneratedKeys("id")
    long insert(
            String username, String displayName, String role, @Nullable Long agencyId, String passwordHash,
            Instant createdAt);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
    Optional<User> find(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
    Optional<User> findByUsername(String username);

    @SqlQuery("SELECT password_hash FROM app_user WHERE id = :id")
    Optional<String> passwordHash(long id);

    @SqlUpdate("UPDATE app_user SET password_hash = :passwordHash WHERE id = :id")
    int updatePassword(long id, String passwordHash);

    @SqlUpdate("UPDATE app_user SET active = :active WHERE id = :id")
    int updateActive(long id, boolean active);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user")
    List<User> all();

    @SqlQuery("SELECT COUNT(*) FROM app_user")
    long count();
}
