package org.nianbao.storage.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.nianbao.core.account.ApiToken;
import org.nianbao.core.account.Session;

/** Tables {@code session} and {@code api_token}. */
public interface SessionDao {

    @SqlUpdate("""
            INSERT INTO session (token_hash, user_id, csrf_token, created_at, expires_at)
            VALUES (:tokenHash, :userId, :csrfToken, :createdAt, :expiresAt)""")
    void insert(String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt);

    @SqlQuery("""
            SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM session
            WHERE token_hash = :tokenHash AND expires_at > :now""")
    Optional<Session> find(String tokenHash, Instant now);

    @SqlUpdate("DELETE FROM session WHERE token_hash = :tokenHash")
    int delete(String tokenHash);

    @SqlUpdate("DELETE FROM session WHERE expires_at <= :now")
    int deleteExpired(Instant now);

    @SqlUpdate("""
            INSERT INTO api_token (token_hash, user_id, name, created_at)
            VALUES (:tokenHash, :userId, :name, :createdAt)""")
    @GetGeneratedKeys("id")
    long insertApiToken(String tokenHash, long userId, String name, Instant createdAt);

    @SqlQuery("SELECT user_id FROM api_token WHERE token_hash = :tokenHash")
    Optional<Long> apiTokenUser(String tokenHash);

    @SqlQuery("SELECT id, user_id, name, created_at FROM api_token WHERE user_id = :userId ORDER BY id")
    List<ApiToken> apiTokens(long userId);

    @SqlUpdate("DELETE FROM api_token WHERE id = :tokenId AND user_id = :userId")
    int deleteApiToken(long tokenId, long userId);
}
