package org.nianbao.web;

import java.nio.file.Path;
import java.time.Clock;
import org.nianbao.storage.Database;
import org.nianbao.storage.DatabaseConfig;

/** The real server on a free port over a real database (H2 in a temporary directory, or PostgreSQL). */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-secret-1";

    private final Database database;
    private final WebServer server;
    private final Services services;

    public TestServer(DatabaseConfig databaseConfig, Path dataDirectory) {
        this.database = Database.open(databaseConfig);
        Clock clock = Clock.systemUTC();
        this.services = WebMain.services(database, clock);
        WebConfig config = new WebConfig(0, dataDirectory, 5L * 1024 * 1024, 10, java.time.Duration.ofSeconds(60),
                false, ADMIN_PASSWORD);
        WebMain.createFirstAdmin(services, config, clock);
        this.server = new WebServer(config, services).start();
    }

    public int port() {
        return server.port();
    }

    public Services services() {
        return services;
    }

    public Http admin() {
        return new Http(port()).basic("admin", ADMIN_PASSWORD);
    }

    public Http anonymous() {
        return new Http(port());
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
