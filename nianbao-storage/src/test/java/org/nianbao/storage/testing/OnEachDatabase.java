package org.nianbao.storage.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.storage.Database;
import org.nianbao.storage.DatabaseConfig;

/**
 * The base of database tests: every test of a subclass runs once on H2 and once on PostgreSQL, each time with an
 * open {@link Database} of its own, closed and removed after the test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
public abstract class OnEachDatabase {
    /** The database the tests run on. */
    @Parameter
    protected TestDatabase engine;

    /** A temporary directory of the test's (the H2 files live in it). */
    @TempDir
    protected Path directory;

    /** The configuration of {@link #database}. */
    protected DatabaseConfig config;

    /** The open database. */
    protected Database database;

    @BeforeEach
    void openDatabase() {
        config = engine.create(directory.resolve("data"));
        database = Database.open(config);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
        if (config != null) {
            engine.dispose(config);
        }
    }
}
