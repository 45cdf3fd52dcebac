package org.nianbao.web;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the server runs.
 *
 * @param port the TCP port (0: any free port)
 * @param dataDirectory where the embedded database lives
 * @param maxFileBytes the largest file one upload may carry
 * @param maxFilesPerBatch how many files one upload request may carry
 * @param processingTimeout how long reading and checking one file may take
 * @param secureCookies mark cookies {@code Secure} (behind HTTPS)
 * @param adminPassword the first admin's password (from {@code NIANBAO_ADMIN_PASSWORD}); null: generate one
 */
public record WebConfig(
        int port,
        Path dataDirectory,
        long maxFileBytes,
        int maxFilesPerBatch,
        Duration processingTimeout,
        boolean secureCookies,
        @Nullable String adminPassword) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES_PER_BATCH = 50;

    public static WebConfig defaults(int port, Path dataDirectory, @Nullable String adminPassword) {
        return new WebConfig(port, dataDirectory, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES_PER_BATCH,
                Duration.ofSeconds(120), false, adminPassword);
    }
}
