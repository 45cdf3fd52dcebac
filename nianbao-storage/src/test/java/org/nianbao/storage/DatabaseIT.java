package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.StoredReport;
import org.nianbao.storage.testing.OnEachDatabase;
import org.nianbao.storage.testing.TestDatabase;

/** Opening, migrating, health and backup, on both databases. */
class DatabaseIT extends OnEachDatabase {
    private static final List<String> TABLES = List.of("agency", "app_user", "session", "api_token", "source_file",
            "report", "report_version", "finding", "audit_entry");

    private static List<String> strings(DatabaseConfig config, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    @Test
    void theMigrationsRunOnAnEmptyDatabaseAndOnlyOnce() throws SQLException {
        DatabaseConfig empty = engine.createEmpty(directory.resolve("empty"));
        try {
            try (Database opened = Database.open(empty)) {
                assertThat(opened.healthy()).isTrue();
            }
            String tables = "SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public'";
            assertThat(strings(empty, tables)).containsAll(TABLES);
            String history = "SELECT version FROM flyway_schema_history"
                    + " WHERE success AND version IS NOT NULL ORDER BY installed_rank";
            assertThat(strings(empty, history)).containsExactly("1");
            try (Database reopened = Database.open(empty)) {
                assertThat(reopened.agencies().all()).isEmpty();
            }
            assertThat(strings(empty, history)).containsExactly("1");
        } finally {
            engine.dispose(empty);
        }
    }

    @Test
    void theDatabaseIsTheOneConfigured() throws SQLException {
        String version = strings(config, "SELECT version()").get(0);
        if (engine == TestDatabase.POSTGRESQL) {
            assertThat(version).startsWith("PostgreSQL 17.");
        } else {
            assertThat(config.isH2()).isTrue();
            assertThat(strings(config, "SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'MODE'")).containsExactly("PostgreSQL");
        }
    }

    @Test
    void healthyWhileOpen() {
        assertThat(database.healthy()).isTrue();
        database.close();
        assertThat(database.healthy()).isFalse();
    }

    /** H2: a backup taken while another thread writes opens as a consistent database. PostgreSQL: pg_dump. */
    @Test
    void backup() throws Exception {
        if (engine == TestDatabase.POSTGRESQL) {
            assertThatThrownBy(() -> database.backup(directory.resolve("backup.zip")))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("pg_dump");
            return;
        }
        Agency county = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency"));
        StoredReport report = database.reports().store(Fixtures.upload(county.id(), Fixtures.seed("002"),
                List.of()), audit("report.upload", "report"));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                database.agencies().create(agency("某镇" + written.incrementAndGet() + "人民政府"),
                        audit("agency.create", "agency"));
            }
        });
        writer.start();
        while (written.get() < 20) {
            Thread.onSpinWait();
        }
        Path zip = directory.resolve("backups/nianbao-backup.zip");
        database.backup(zip);
        writing.set(false);
        writer.join();

        Path restored = directory.resolve("restored");
        unzip(zip, restored);
        assertThat(restored.resolve(DatabaseConfig.H2_FILE_NAME + ".mv.db")).isRegularFile();
        try (Database copy = Database.open(DatabaseConfig.h2(restored))) {
            assertThat(copy.reports().find(report.id())).contains(report);
            List<Agency> agencies = copy.agencies().all();
            long audited = copy.audit().recent(10_000).stream()
                    .filter(entry -> entry.action().equals("agency.create"))
                    .map(AuditEntry::objectId)
                    .count();
            assertThat(agencies).hasSizeGreaterThan(20).hasSizeLessThanOrEqualTo(written.get() + 1);
            assertThat(audited).as("every agency in the copy has its audit entry and no more").isEqualTo(agencies.size());
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.copy(entries, file);
            }
        }
    }
}
