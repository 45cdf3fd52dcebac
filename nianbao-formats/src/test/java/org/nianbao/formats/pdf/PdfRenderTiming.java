package org.nianbao.formats.pdf;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.formats.RoundTrip;
import org.nianbao.testkit.CorpusCase;

/**
 * A throwaway measurement, not a test: the warm PDF render time per corpus report (every report rendered 10 times
 * to warm up, then the average of 30 renders of each). Nothing is asserted. Run it with
 * {@code ./mvnw -o -B -q test -pl nianbao-formats -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=PdfRenderTiming -Dnianbao.timing=true}; it prints one line per report.
 */
@EnabledIfSystemProperty(named = "nianbao.timing", matches = "true")
class PdfRenderTiming {
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;

    @Test
    void printRenderTimes() {
        PdfReportRenderer renderer = new PdfReportRenderer();
        List<CorpusCase> corpus = RoundTrip.corpus().toList();
        List<ReportDocument> documents = corpus.stream().map(c -> ReportLayout.of(RoundTrip.recognized(c))).toList();
        for (int i = 0; i < WARM_UP; i++) {
            documents.forEach(document -> renderer.render(document, List.of()));
        }
        double sum = 0;
        for (int c = 0; c < corpus.size(); c++) {
            CorpusCase corpusCase = corpus.get(c);
            ReportDocument document = documents.get(c);
            int bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < RUNS; i++) {
                bytes = renderer.render(document, List.of()).length;
            }
            double millis = (System.nanoTime() - start) / 1e6 / RUNS;
            sum += millis;
            System.out.printf(Locale.ROOT, "PDF render %-32s %7.1f ms  (%d bytes)%n", corpusCase, millis, bytes);
        }
        System.out.printf(Locale.ROOT, "PDF render average over %d reports: %.1f ms%n", corpus.size(),
                sum / corpus.size());
    }
}
