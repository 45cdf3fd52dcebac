/** The auth pages and API routes. */
@NullMarked
package org.nianbao.web.auth;

import org.jspecify.annotations.NullMarked;
