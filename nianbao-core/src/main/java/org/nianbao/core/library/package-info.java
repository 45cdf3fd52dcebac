/**
 * The library of stored reports: agencies in their hierarchy, reports kept as immutable versions (the source
 * file, the canonical report, its findings, who and when), and the queries the pages and the API search with.
 * Interfaces and values only; {@code nianbao-storage} implements the repositories.
 */
@NullMarked
package org.nianbao.core.library;

import org.jspecify.annotations.NullMarked;
