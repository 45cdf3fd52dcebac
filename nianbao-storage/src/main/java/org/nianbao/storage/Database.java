package org.nianbao.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.nianbao.core.account.AuditLog;
import org.nianbao.core.account.SessionRepository;
import org.nianbao.core.account.UserRepository;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.storage.internal.Mappings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool, the schema migrated to the newest version, and the repositories over it.
 * One per application; thread-safe. Close it on shutdown.
 *
 * <p>The embedded H2 database ({@link DatabaseConfig#h2}) is the default; a PostgreSQL server is used when
 * configured ({@link DatabaseConfig#fromEnvironment}). Both run the same migrations ({@code db/migration}) and the
 * same SQL.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final long HEALTH_TIMEOUT_MILLIS = 2_000;

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final ExecutorService healthCheck;
    private final JdbiReportLibrary reports;
    private final JdbiAgencyRepository agencies;
    private final JdbiUserRepository users;
    private final JdbiSessionRepository sessions;
    private final JdbiAuditLog audit;

    private Database(DatabaseConfig config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        Mappings.install(jdbi);
        this.audit = new JdbiAuditLog(jdbi);
        this.agencies = new JdbiAgencyRepository(jdbi);
        this.users = new JdbiUserRepository(jdbi);
        this.sessions = new JdbiSessionRepository(jdbi);
        this.reports = new JdbiReportLibrary(jdbi);
        this.healthCheck = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nianbao-db-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the database: starts the pool, applies the migrations the database lacks, and makes the repositories.
     *
     * @throws IllegalStateException when the database cannot be reached or migrated (the message says which)
     */
    public static Database open(DatabaseConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("nianbao");
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setMaximumPoolSize(10);
        pool.setMinimumIdle(2);
        pool.setConnectionTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new IllegalStateException("无法连接数据库 " + config.safeUrl() + "：" + rootMessage(e), e);
        }
        try {
            migrate(dataSource, config);
            LOG.info("数据库已打开：{}", config.safeUrl());
            return new Database(config, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static void migrate(DataSource dataSource, DatabaseConfig config) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("数据库结构已升级到第 {} 版（{} 个迁移）", result.targetSchemaVersion, result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("数据库 " + config.safeUrl() + " 的结构无法升级：" + rootMessage(e), e);
        }
    }

    /** The stored reports. */
    public ReportLibrary reports() {
        return reports;
    }

    /** The agencies. */
    public AgencyRepository agencies() {
        return agencies;
    }

    /** The users. */
    public UserRepository users() {
        return users;
    }

    /** Browser sessions and API tokens. */
    public SessionRepository sessions() {
        return sessions;
    }

    /** The audit log. */
    public AuditLog audit() {
        return audit;
    }

    /** Whether the database answers {@code SELECT 1} within two seconds. */
    public boolean healthy() {
        Future<Boolean> answer;
        try {
            answer = healthCheck.submit(this::selectOne);
        } catch (RuntimeException e) {
            return false; // closed
        }
        try {
            return answer.get(HEALTH_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            LOG.warn("数据库健康检查超时（{} 毫秒）", HEALTH_TIMEOUT_MILLIS);
            return false;
        } catch (ExecutionException e) {
            LOG.warn("数据库健康检查失败：{}", rootMessage(e));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean selectOne() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) (HEALTH_TIMEOUT_MILLIS / 1000));
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    /**
     * Writes a consistent copy of the embedded database into a ZIP file while the application keeps running (H2's
     * online {@code BACKUP TO}). Unzipped into a data directory, the copy opens as the database.
     *
     * @throws UnsupportedOperationException for a PostgreSQL server, which is backed up with {@code pg_dump}
     * @throws IllegalStateException when the file cannot be written
     */
    public void backup(Path zipFile) {
        if (!config.isH2()) {
            throw new UnsupportedOperationException(
                    "PostgreSQL 数据库请用 pg_dump 备份（例如 pg_dump -Fc -f nianbao.dump 数据库名），本程序只备份内置的 H2 数据库");
        }
        Path target = zipFile.toAbsolutePath().normalize();
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO " + quoted(target.toString()));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("无法把数据库备份到 " + target + "：" + rootMessage(e), e);
        }
        LOG.info("数据库已备份到 {}", target);
    }

    /** A SQL string literal. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Closes the pool; the embedded database closes with its last connection. */
    @Override
    public void close() {
        healthCheck.shutdownNow();
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Database[" + config + "]";
    }
}
