package org.nianbao.storage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.User;
import org.nianbao.core.account.UserRepository;
import org.nianbao.storage.internal.AgencyDao;
import org.nianbao.storage.internal.Constraints;
import org.nianbao.storage.internal.Mappings;
import org.nianbao.storage.internal.UserDao;

/** Users in table {@code app_user}, with their password hashes; user names are unique. */
public final class JdbiUserRepository implements UserRepository {
    private final Jdbi jdbi;

    JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * {@inheritDoc} The user is active and created at the audit entry's time.
     *
     * @throws DuplicateRecordException when the user name is taken
     * @throws MissingRecordException when the user's agency does not exist
     */
    @Override
    public User create(NewUser user, String passwordHash, AuditEntry audit) {
        try {
            return jdbi.inTransaction(handle -> {
                UserDao dao = handle.attach(UserDao.class);
                if (user.agencyId() != null && handle.attach(AgencyDao.class).find(user.agencyId()).isEmpty()) {
                    throw new MissingRecordException("单位不存在（编号 " + user.agencyId() + "）");
                }
                if (dao.findByUsername(user.username()).isPresent()) {
                    throw new DuplicateRecordException(duplicateMessage(user));
                }
                long id = dao.insert(user.username(), user.displayName(), user.role().key(), user.agencyId(),
                        passwordHash, audit.at());
                JdbiAuditLog.append(handle, audit, id);
                return new User(id, user.username(), user.displayName(), user.role(), user.agencyId(), true,
                        Mappings.stored(audit.at()));
            });
        } catch (JdbiException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new DuplicateRecordException(duplicateMessage(user), e);
            }
            throw e;
        }
    }

    private static String duplicateMessage(NewUser user) {
        return "用户名「" + user.username() + "」已被使用，请换一个";
    }

    @Override
    public Optional<User> find(long id) {
        return jdbi.withExtension(UserDao.class, dao -> dao.find(id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbi.withExtension(UserDao.class, dao -> dao.findByUsername(username));
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return jdbi.withExtension(UserDao.class, dao -> dao.passwordHash(userId));
    }

    /**
     * {@inheritDoc}
     *
     * @throws MissingRecordException when there is no such user
     */
    @Override
    public void changePassword(long userId, String passwordHash, AuditEntry audit) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(UserDao.class).updatePassword(userId, passwordHash) == 0) {
                throw new MissingRecordException("用户不存在（编号 " + userId + "）");
            }
            JdbiAuditLog.append(handle, audit, userId);
        });
    }

    /**
     * {@inheritDoc}
     *
     * @throws MissingRecordException when there is no such user
     */
    @Override
    public void setActive(long userId, boolean active, AuditEntry audit) {
        jdbi.useTransaction(handle -> {
            if (handle.attach(UserDao.class).updateActive(userId, active) == 0) {
                throw new MissingRecordException("用户不存在（编号 " + userId + "）");
            }
            JdbiAuditLog.append(handle, audit, userId);
        });
    }

    /** {@inheritDoc} Ordered by user name. */
    @Override
    public List<User> all() {
        return jdbi.withExtension(UserDao.class, UserDao::all).stream()
                .sorted(Comparator.comparing(User::username))
                .toList();
    }

    @Override
    public long count() {
        return jdbi.withExtension(UserDao.class, UserDao::count);
    }
}
