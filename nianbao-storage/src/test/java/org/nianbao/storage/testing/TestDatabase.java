package org.nianbao.storage.testing;

import java.nio.file.Path;
import org.nianbao.storage.DatabaseConfig;

/** The two databases nianbao runs on, each able to give a test a database of its own. */
public enum TestDatabase {
    /** The embedded H2 database in a directory of the test's (as {@link DatabaseConfig#h2} configures it). */
    H2 {
        @Override
        public DatabaseConfig create(Path directory) {
            return DatabaseConfig.h2(directory);
        }

        @Override
        public DatabaseConfig createEmpty(Path directory) {
            return DatabaseConfig.h2(directory);
        }

        @Override
        public void dispose(DatabaseConfig config) {
            // the files go with the test's temporary directory
        }
    },
    /** A database of its own on the one embedded PostgreSQL 17 server of the JVM ({@link EmbeddedPostgresSupport}). */
    POSTGRESQL {
        @Override
        public DatabaseConfig create(Path directory) {
            return EmbeddedPostgresSupport.freshDatabase();
        }

        @Override
        public DatabaseConfig createEmpty(Path directory) {
            return EmbeddedPostgresSupport.emptyDatabase();
        }

        @Override
        public void dispose(DatabaseConfig config) {
            EmbeddedPostgresSupport.drop(config);
        }
    };

    /**
     * A new database for one test; nianbao's migrations may already have run on it (they do on opening anyway).
     *
     * @param directory a temporary directory of the test's, for a database that lives in files
     */
    public abstract DatabaseConfig create(Path directory);

    /** A new database on which no migration has run yet. */
    public abstract DatabaseConfig createEmpty(Path directory);

    /** Removes a database made by {@link #create} or {@link #createEmpty}, once it is closed. */
    public abstract void dispose(DatabaseConfig config);
}
