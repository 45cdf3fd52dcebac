package org.nianbao.core.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person who logs in. The password hash is not part of it (see {@link UserRepository#passwordHash}), so a user
 * can be shown and logged without it.
 *
 * @param agencyId the agency a reviewer or clerk belongs to; null for an admin
 */
public record User(
        long id, String username, String displayName, Role role, @Nullable Long agencyId, boolean active,
        Instant createdAt) {}
