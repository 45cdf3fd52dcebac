package org.nianbao.core.account;

import java.time.Instant;

/**
 * A browser login. Only the SHA-256 of the cookie's token is stored, so a copy of the database cannot be used to
 * log in.
 *
 * @param tokenHash hex SHA-256 of the session cookie's value
 * @param csrfToken the token every state-changing form of this session must send back
 */
public record Session(String tokenHash, long userId, String csrfToken, Instant createdAt, Instant expiresAt) {}
