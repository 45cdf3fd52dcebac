package org.nianbao.core.account;

import java.time.Instant;

/** An API token as its owner sees it: the secret itself is shown once, at creation, and never stored. */
public record ApiToken(long id, long userId, String name, Instant createdAt) {}
