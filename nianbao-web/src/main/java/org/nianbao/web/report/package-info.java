/** The report pages and API routes. */
@NullMarked
package org.nianbao.web.report;

import org.jspecify.annotations.NullMarked;
