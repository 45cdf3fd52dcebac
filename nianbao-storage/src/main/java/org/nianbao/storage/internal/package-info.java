/**
 * The SQL of {@code nianbao-storage}: Jdbi SqlObject DAOs (the statements are in their annotations) and the rows they
 * read. Not an API: only the repositories of {@code org.nianbao.storage} use it.
 */
@NullMarked
package org.nianbao.storage.internal;

import org.jspecify.annotations.NullMarked;
