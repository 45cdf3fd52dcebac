/**
 * Test support every module uses: the corpus of real reports and its expectations, builders of valid reports,
 * and the shared architecture rules. Test scope only.
 */
@NullMarked
package org.nianbao.testkit;

import org.jspecify.annotations.NullMarked;
