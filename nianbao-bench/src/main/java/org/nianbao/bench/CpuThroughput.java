package org.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.Recognition;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;

/**
 * Reports per CPU-second of one thread, for recognize + validate (the measure), recognize alone and
 * validate alone. CPU time of the measuring thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) is what a
 * busy second core disturbs least on a shared VM, unlike JMH's wall-clock score; each stage is measured in
 * several rounds and the median is printed.
 *
 * <p>{@code java -cp nianbao-bench/target/benchmarks.jar org.nianbao.bench.CpuThroughput [rounds] [reports]}
 * from the project root (or with {@code -Dcorpus.dir=…}).
 */
public final class CpuThroughput {
    private CpuThroughput() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        DocumentReaders readers = DocumentReaders.standard();
        ReportRecognizer recognizer = new ReportRecognizer();
        Validator validator = Validator.standard();
        List<ExtractedDocument> documents = new ArrayList<>();
        List<Recognition> recognitions = new ArrayList<>();
        for (Path file : seedFiles()) {
            ExtractedDocument document = readers.read(file.getFileName().toString(), Files.readAllBytes(file));
            documents.add(document);
            recognitions.add(recognizer.recognize(document));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        // Warm-up: every stage, long enough for C2 to compile the hot paths.
        for (int i = 0; i < perRound; i++) {
            Recognition recognition = recognizer.recognize(documents.get(i % documents.size()));
            sink += validator.validate(recognition.report(), recognition.provenance()).size();
        }
        String[] stages = {"recognize+validate", "recognize", "validate"};
        double[][] rates = new double[stages.length][rounds];
        long[] allocated = new long[stages.length];
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        for (int round = 0; round < rounds; round++) {
            for (int stage = 0; stage < stages.length; stage++) {
                long bytes = allocations.getCurrentThreadAllocatedBytes();
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    int seed = i % documents.size();
                    switch (stage) {
                        case 0 -> {
                            Recognition recognition = recognizer.recognize(documents.get(seed));
                            List<Finding> findings = validator.validate(recognition.report(), recognition.provenance());
                            sink += findings.size();
                        }
                        case 1 -> sink += System.identityHashCode(recognizer.recognize(documents.get(seed)));
                        default -> {
                            Recognition recognition = recognitions.get(seed);
                            sink += validator.validate(recognition.report(), recognition.provenance()).size();
                        }
                    }
                }
                long nanos = threads.getCurrentThreadCpuTime() - start;
                rates[stage][round] = perRound / (nanos / 1e9);
                allocated[stage] = (allocations.getCurrentThreadAllocatedBytes() - bytes) / perRound;
            }
        }
        for (int stage = 0; stage < stages.length; stage++) {
            double[] sorted = rates[stage].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT,
                    "%-20s median %,8.0f reports per CPU-second (min %,.0f, max %,.0f), %,d bytes allocated per report%n",
                    stages[stage], sorted[rounds / 2], sorted[0], sorted[rounds - 1], allocated[stage]);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** The seed reports: {@code <corpus.dir>/seeds}, else {@code corpus/seeds} or {@code ../corpus/seeds}. */
    static List<Path> seedFiles() throws Exception {
        String corpus = System.getProperty("corpus.dir");
        Path dir = corpus != null ? Paths.get(corpus, "seeds") : Files.isDirectory(Paths.get("corpus/seeds"))
                ? Paths.get("corpus/seeds") : Paths.get("../corpus/seeds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
