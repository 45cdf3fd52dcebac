package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nianbao.testkit.Corpus;

/**
 * The server process is killed with SIGKILL in the middle of a batch upload. After a restart on the same data
 * directory, every report acknowledged before the kill is there, whole (its source bytes, report and findings), and no
 * report is half-written. Runs the shaded jar ({@code ./nianbao serve}), as users do.
 */
class CrashSafetyIT {
    private static final String PASSWORD = "crash-admin-1";
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedReportSurvivesAKillDuringABatchUpload() throws Exception {
        Path data = Files.createTempDirectory("nianbao-crash");
        Map<String, byte[]> batch = batch();
        Set<String> uploaded = batch.values().stream().map(CrashSafetyIT::sha256).collect(Collectors.toSet());

        int port = freePort();
        Process first = start(data, port);
        Http client = new Http(port).basic("admin", PASSWORD);
        Map<Long, String> acknowledged = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            HttpResponse<String> answer = client.upload("/api/reports", batch, Map.of(), Map.of());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            for (Map<String, Object> result : Http.list(Http.json(answer).get("results"))) {
                acknowledged.put(((Number) result.get("id")).longValue(), sha256Of(client, result));
            }
        }
        // a third batch is on its way when the process dies
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                () -> client.upload("/api/reports", batch, Map.of(), Map.of()));
        Thread.sleep(150);
        first.destroyForcibly().waitFor();
        assertThat(inFlight.handle((answer, failure) -> failure != null || answer.statusCode() != 201).get())
                .as("the third batch must not have been acknowledged").isTrue();

        int port2 = freePort();
        start(data, port2);
        Http after = new Http(port2).basic("admin", PASSWORD);
        for (Map.Entry<Long, String> report : acknowledged.entrySet()) {
            HttpResponse<String> stored = after.get("/api/reports/" + report.getKey());
            assertThat(stored.statusCode()).as("report " + report.getKey()).isEqualTo(200);
            assertThat(Http.json(stored)).containsKeys("report", "findings");
            assertThat(sha256(after.getBytes("/api/reports/" + report.getKey() + "/source").body()))
                    .isEqualTo(report.getValue());
        }
        List<Long> all = AbstractWebIT.ids(after.get("/api/reports?limit=1000"));
        assertThat(all).containsAll(acknowledged.keySet());
        assertThat(all.size()).isBetween(acknowledged.size(), acknowledged.size() + batch.size());
        for (long id : all) { // whatever else is there is whole: a known source, a report, its first version
            assertThat(uploaded).contains(sha256(after.getBytes("/api/reports/" + id + "/source").body()));
            Map<String, Object> versions = Http.json(after.get("/api/reports/" + id + "/versions"));
            assertThat(Http.list(versions.get("versions"))).hasSize(1);
        }
    }

    @Test
    void aGracefulStopLetsTheRunningUploadFinish() throws Exception {
        Path data = Files.createTempDirectory("nianbao-stop");
        Map<String, byte[]> batch = batch();
        int port = freePort();
        Process server = start(data, port);
        Http client = new Http(port).basic("admin", PASSWORD);
        client.get("/api/reports"); // the Basic credentials verified once, before the race
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
                () -> client.upload("/api/reports", batch, Map.of(), Map.of()));
        long deadline = System.currentTimeMillis() + 60_000; // until the batch is under way: its first report stored
        while (((Number) Http.json(client.get("/api/reports?limit=1")).get("total")).longValue() == 0) {
            assertThat(System.currentTimeMillis()).as("the batch never started").isLessThan(deadline);
            Thread.sleep(20);
        }
        server.destroy(); // SIGTERM, as Ctrl-C or systemd
        assertThat(server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> answer = running.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        List<Map<String, Object>> results = Http.list(Http.json(answer).get("results"));
        assertThat(results).hasSize(batch.size());

        int port2 = freePort();
        start(data, port2);
        Http after = new Http(port2).basic("admin", PASSWORD);
        for (Map<String, Object> result : results) {
            assertThat(after.get("/api/reports/" + result.get("id")).statusCode()).isEqualTo(200);
        }
    }

    private static String sha256Of(Http client, Map<String, Object> result) {
        return sha256(client.getBytes("/api/reports/" + result.get("id") + "/source").body());
    }

    private static Map<String, byte[]> batch() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(Corpus.dir().resolve("seeds"))) {
            for (Path seed : seeds.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                files.put(seed.getFileName().toString(), Files.readAllBytes(seed));
            }
        }
        try (Stream<Path> pdfs = Files.list(Corpus.dir().resolve("pdf"))) {
            for (Path pdf : pdfs.filter(file -> file.toString().endsWith(".pdf")).sorted().limit(3).toList()) {
                files.put(pdf.getFileName().toString(), Files.readAllBytes(pdf));
            }
        }
        return files;
    }

    private Process start(Path data, int port) throws Exception {
        Path jar = Path.of("target", "nianbao-web.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar is built in the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--data", data.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + port + ".log").toFile());
        builder.environment().put("NIANBAO_ADMIN_PASSWORD", PASSWORD);
        builder.environment().remove("NIANBAO_DB_URL");
        Process process = builder.start();
        processes.add(process);
        Http probe = new Http(port);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (probe.get("/api/health").statusCode() == 200) {
                    return process;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            assertThat(process.isAlive()).as("server log: " + data.resolve("server-" + port + ".log")).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
