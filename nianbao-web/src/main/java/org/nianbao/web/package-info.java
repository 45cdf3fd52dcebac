/**
 * The web application: pages for clerks and supervisors, and the REST API speaking the canonical JSON. Only
 * {@link org.nianbao.web.WebMain} names the storage and format implementations; everything else talks to the
 * interfaces of {@code nianbao-core}.
 */
@NullMarked
package org.nianbao.web;

import org.jspecify.annotations.NullMarked;
