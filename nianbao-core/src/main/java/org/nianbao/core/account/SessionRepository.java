package org.nianbao.core.account;

import java.time.Instant;
import java.util.Optional;

/** Browser sessions and API tokens, both stored as hashes of the secret the client holds. */
public interface SessionRepository {

    void create(Session session);

    /** The session with this token hash, if it exists and has not expired at {@code now}. */
    Optional<Session> find(String tokenHash, Instant now);

    void delete(String tokenHash);

    /** Removes the sessions expired at {@code now}; returns how many. */
    int deleteExpired(Instant now);

    /** Stores an API token (its hash) for a user, with the audit entry. */
    void createApiToken(String tokenHash, long userId, String name, AuditEntry audit);

    /** The user an API token (by hash) belongs to. */
    Optional<Long> apiTokenUser(String tokenHash);

    /** A user's API tokens, oldest first. */
    java.util.List<ApiToken> apiTokens(long userId);

    /**
     * Revokes one of a user's API tokens, with the audit entry.
     *
     * @return false when the user has no token with this id
     */
    boolean deleteApiToken(long tokenId, long userId, AuditEntry audit);
}
