package org.nianbao.core.account;

import java.util.List;
import java.util.Optional;

/** Stored users. Every change is written together with its {@link AuditEntry}, in one transaction. */
public interface UserRepository {

    /** Creates a user; the audit entry's object id is filled in with the new user's id. */
    User create(NewUser user, String passwordHash, AuditEntry audit);

    Optional<User> find(long id);

    Optional<User> findByUsername(String username);

    /** The stored password hash (an encoded Argon2id or bcrypt string). */
    Optional<String> passwordHash(long userId);

    void changePassword(long userId, String passwordHash, AuditEntry audit);

    /** Enables or disables a user's login (a disabled user's sessions and tokens stop working). */
    void setActive(long userId, boolean active, AuditEntry audit);

    List<User> all();

    long count();
}
