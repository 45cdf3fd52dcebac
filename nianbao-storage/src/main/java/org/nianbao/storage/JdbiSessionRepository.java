package org.nianbao.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.nianbao.core.account.ApiToken;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.Session;
import org.nianbao.core.account.SessionRepository;
import org.nianbao.storage.internal.Constraints;
import org.nianbao.storage.internal.SessionDao;
import org.nianbao.storage.internal.UserDao;

/**
 * Sessions in table {@code session} and API tokens in {@code api_token}, both by the SHA-256 of the client's secret.
 * Instants are kept to the microsecond.
 */
public final class JdbiSessionRepository implements SessionRepository {
    private final Jdbi jdbi;

    JdbiSessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(Session session) {
        jdbi.useExtension(SessionDao.class, dao -> dao.insert(session.tokenHash(), session.userId(),
                session.csrfToken(), session.createdAt(), session.expiresAt()));
    }

    @Override
    public Optional<Session> find(String tokenHash, Instant now) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.find(tokenHash, now));
    }

    @Override
    public void delete(String tokenHash) {
        jdbi.useExtension(SessionDao.class, dao -> dao.delete(tokenHash));
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.deleteExpired(now));
    }

    /**
     * {@inheritDoc} The audit entry's object id is filled in with the token's id (never its hash).
     *
     * @throws MissingRecordException when there is no such user
     * @throws DuplicateRecordException when a token with this hash exists
     */
    @Override
    public void createApiToken(String tokenHash, long userId, String name, AuditEntry audit) {
        try {
            jdbi.useTransaction(handle -> {
                if (handle.attach(UserDao.class).find(userId).isEmpty()) {
                    throw new MissingRecordException("用户不存在（编号 " + userId + "）");
                }
                long id = handle.attach(SessionDao.class).insertApiToken(tokenHash, userId, name, audit.at());
                JdbiAuditLog.append(handle, audit, id);
            });
        } catch (JdbiException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new DuplicateRecordException("这个 API 令牌已存在，请重新生成", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Long> apiTokenUser(String tokenHash) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.apiTokenUser(tokenHash));
    }

    @Override
    public List<ApiToken> apiTokens(long userId) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.apiTokens(userId));
    }

    @Override
    public boolean deleteApiToken(long tokenId, long userId, AuditEntry audit) {
        return jdbi.inTransaction(handle -> {
            if (handle.attach(SessionDao.class).deleteApiToken(tokenId, userId) == 0) {
                return false;
            }
            JdbiAuditLog.append(handle, audit, tokenId);
            return true;
        });
    }
}
