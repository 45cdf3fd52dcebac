/**
 * Where reports, agencies, users, sessions and the audit log are kept: the Jdbi implementations of the repositories
 * of {@code core.account} and {@code core.library}, over the embedded H2 database or a PostgreSQL server.
 * {@link org.nianbao.storage.Database} opens the database and hands out the repositories; only a composition root
 * names it.
 */
@NullMarked
package org.nianbao.storage;

import org.jspecify.annotations.NullMarked;
