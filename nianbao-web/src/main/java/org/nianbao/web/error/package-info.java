/** Exceptions to HTTP answers, in one place. */
@NullMarked
package org.nianbao.web.error;

import org.jspecify.annotations.NullMarked;
