/**
 * Test support shared with other modules through this module's test-jar: {@link
 * org.nianbao.storage.testing.TestDatabase} (a fresh H2 or PostgreSQL database for a test), {@link
 * org.nianbao.storage.testing.EmbeddedPostgresSupport} (a real PostgreSQL started by the tests, also as root) and
 * {@link org.nianbao.storage.testing.OnEachDatabase} (run a test class on both).
 */
@NullUnmarked
package org.nianbao.storage.testing;

import org.jspecify.annotations.NullUnmarked;
