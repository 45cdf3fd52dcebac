package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.library.StoredReport;
import org.nianbao.storage.testing.OnEachDatabase;
import org.nianbao.testkit.Reports;

/** Corrections of one report made at the same time each get a version of their own; none is lost or refused. */
class ConcurrentCorrectionIT extends OnEachDatabase {
    private static final int THREADS = 4;
    private static final int EACH = 5;

    @Test
    void simultaneousCorrectionsAreNumberedOneAfterAnother() throws Exception {
        Agency agency = database.agencies().create(agency("某县人民政府"), audit("agency.create", "agency"));
        StoredReport stored = database.reports().store(
                Fixtures.upload(agency.id(), Reports.balanced2021(2), List.of(), List.of()),
                audit("report.upload", "report"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int seed = thread;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < EACH; i++) {
                        database.reports().correct(stored.id(), Reports.balanced2021(seed * 100 + i), List.of(),
                                "clerk" + seed, "第" + i + "次更正", audit("report.correct", "report"));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<ReportVersion> versions = database.reports().versions(stored.id());
        assertThat(versions).extracting(ReportVersion::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1 + THREADS * EACH).boxed()
                        .toList());
        assertThat(versions.get(0)).isEqualTo(stored.current());
        assertThat(database.reports().find(stored.id()).orElseThrow().current()).isEqualTo(versions.get(THREADS * EACH));
        assertThat(database.audit().about("report", Long.toString(stored.id()))).hasSize(1 + THREADS * EACH);
    }
}
