package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.library.Agency;

/**
 * An acknowledged commit to the embedded database survives a SIGKILL of the JVM: a child JVM commits agencies one
 * by one through {@link Database} and writes the number of each acknowledged commit to a file; it is killed
 * ({@link Process#destroyForcibly()}, SIGKILL on Linux) mid-stream, and the reopened database must hold every
 * acknowledged agency with its audit entry.
 */
class H2DurabilityIT {
    private static final int ROUNDS = 3;

    @TempDir
    Path directory;

    @Test
    void acknowledgedCommitsSurviveAKilledJvm() throws Exception {
        Path data = directory.resolve("data");
        for (int round = 1; round <= ROUNDS; round++) {
            Path acknowledged = directory.resolve("acknowledged-" + round);
            Process child = startChild(data, acknowledged, round, directory.resolve("child-" + round + ".log"));
            // kill it at a different point of its stream of commits each round
            int killAfter = 25 * round;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read(acknowledged) < killAfter) {
                assertThat(child.isAlive()).as("child alive (log: %s)", log(round)).isTrue();
                assertThat(System.nanoTime()).as("child too slow").isLessThan(deadline);
                Thread.sleep(1);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            int lastAcknowledged = read(acknowledged);

            try (Database reopened = Database.open(DatabaseConfig.h2(data))) {
                List<String> names = reopened.agencies().all().stream().map(Agency::name).toList();
                for (int i = 1; i <= lastAcknowledged; i++) {
                    assertThat(names).as("round %d: acknowledged commit %d of %d", round, i, lastAcknowledged)
                            .contains(DurabilityChild.agencyName(round, i));
                }
                long audited = reopened.audit().recent(100_000).stream()
                        .map(AuditEntry::action)
                        .filter("agency.create"::equals)
                        .count();
                assertThat(audited).as("one audit entry per agency, no more").isEqualTo(names.size());
            }
        }
    }

    private Path log(int round) {
        return directory.resolve("child-" + round + ".log");
    }

    private static Process startChild(Path data, Path acknowledged, int round, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), data.toString(), acknowledged.toString(), Integer.toString(round))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** The number in the file, 0 while there is none. */
    private static int read(Path acknowledged) throws IOException {
        if (!Files.exists(acknowledged)) {
            return 0;
        }
        String text = Files.readString(acknowledged, StandardCharsets.US_ASCII).strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }
}
