/** The admin pages and API routes. */
@NullMarked
package org.nianbao.web.admin;

import org.jspecify.annotations.NullMarked;
