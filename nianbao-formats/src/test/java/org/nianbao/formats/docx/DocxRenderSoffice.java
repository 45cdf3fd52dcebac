package org.nianbao.formats.docx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts a file with LibreOffice ({@code /usr/bin/soffice --headless --convert-to}) for the tests that check a
 * rendered file opens in an office suite; such tests are skipped where LibreOffice is not installed. Each run uses
 * a private user profile in its own directory, so runs do not share or touch a user's profile.
 */
public final class DocxRenderSoffice {
    public static final Path SOFFICE = Paths.get("/usr/bin/soffice");
    private static final long TIMEOUT_SECONDS = 150;

    private DocxRenderSoffice() {}

    /** Skips the calling test when LibreOffice is absent. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (/usr/bin/soffice) is not installed");
    }

    /**
     * Converts {@code source} to {@code filter} (pdf, csv, …) into {@code directory}.
     *
     * @return the converted file (which the caller checks exists and is not empty)
     * @throws AssertionError when soffice fails or runs out of time; its output is in the message
     */
    public static Path convert(Path source, String filter, Path directory) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(directory.resolve("profile"));
        Path out = Files.createDirectories(directory.resolve("out"));
        Path log = directory.resolve("soffice.log");
        Process process = new ProcessBuilder(List.of(SOFFICE.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck",
                "--convert-to", filter, "--outdir", out.toString(), source.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("soffice exited with " + process.exitValue() + ": " + Files.readString(log));
        }
        String name = source.getFileName().toString();
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        return out.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
    }
}
