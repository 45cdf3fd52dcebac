package org.nianbao.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the database is: a JDBC URL with its user and password. {@link #toString()} and {@link #safeUrl()} never show
 * the password. Give it as the password, not inside the URL: a JDBC driver or Flyway may print the URL as it is.
 *
 * @param url a JDBC URL: {@code jdbc:h2:file:…} for the embedded database, {@code jdbc:postgresql://…} for a server
 * @param user the database user
 * @param password the database user's password (empty when there is none)
 */
public record DatabaseConfig(String url, String user, String password) {
    /** The environment variable naming a PostgreSQL (or any JDBC) URL; unset or blank means the embedded H2. */
    public static final String URL_VARIABLE = "NIANBAO_DB_URL";
    /** The environment variable with the database user. */
    public static final String USER_VARIABLE = "NIANBAO_DB_USER";
    /** The environment variable with the database password. */
    public static final String PASSWORD_VARIABLE = "NIANBAO_DB_PASSWORD";

    /** The file name (without H2's {@code .mv.db}) of the embedded database inside the data directory. */
    public static final String H2_FILE_NAME = "nianbao";

    /**
     * The settings of the embedded H2 database:
     *
     * <ul>
     *   <li>{@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}: the same SQL as PostgreSQL,
     *       lower-case names, nulls sorted as PostgreSQL sorts them;
     *   <li>{@code WRITE_DELAY=0}: every commit writes the store to the file before it returns. With H2's default
     *       (500 ms) a commit is acknowledged while its changes are still in memory, and a killed JVM loses them;
     *       with 0, {@code TransactionStore.endTransaction} calls {@code MVStore.commit()} at each commit, so an
     *       acknowledged commit survives a SIGKILL of the JVM (tested by {@code H2DurabilityIT}). H2 writes each
     *       commit to the file but does not fsync it, so unlike PostgreSQL (fsync on) the last commits may be lost
     *       when the machine itself fails (a power cut, a kernel crash).
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2 must not close the database from its own shutdown hook while the
     *       server is still finishing the uploads it accepted; {@link Database#close()} closes it after them.
     * </ul>
     */
    public static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    /** The user of the embedded database (created with it; it has no password, the files are its protection). */
    public static final String H2_USER = "nianbao";

    public DatabaseConfig {
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("数据库地址应为 JDBC URL（以 jdbc: 开头），实为："
                    + PASSWORD_IN_URL.matcher(url).replaceAll("$1******"));
        }
    }

    /**
     * The embedded H2 database in {@code dataDirectory} (file {@code nianbao.mv.db}), created on first use.
     *
     * @throws IllegalArgumentException when the directory's path contains {@code ;}, which a JDBC URL of H2 cannot hold
     */
    public static DatabaseConfig h2(Path dataDirectory) {
        String file = dataDirectory.toAbsolutePath().normalize().resolve(H2_FILE_NAME).toString();
        if (file.contains(";")) {
            throw new IllegalArgumentException("数据目录的路径不能含有分号（;）：" + dataDirectory);
        }
        return new DatabaseConfig("jdbc:h2:file:" + file + H2_SETTINGS, H2_USER, "");
    }

    /**
     * The database the environment names: {@value #URL_VARIABLE} (with {@value #USER_VARIABLE} and
     * {@value #PASSWORD_VARIABLE}) selects a PostgreSQL server, or any other JDBC URL; without it, the embedded H2
     * database in {@code dataDirectory}.
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> environment, Path dataDirectory) {
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return h2(dataDirectory);
        }
        return new DatabaseConfig(
                url.strip(),
                environment.getOrDefault(USER_VARIABLE, ""),
                environment.getOrDefault(PASSWORD_VARIABLE, ""));
    }

    /** Whether this is the embedded H2 database (online backups; no server). */
    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL (a password in it masked) and user; the password is shown only as whether there is one. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + safeUrl() + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "******") + "]";
    }

    /** The URL with the value of any {@code password=} parameter masked, for logs and messages. */
    public String safeUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1******");
    }
}
