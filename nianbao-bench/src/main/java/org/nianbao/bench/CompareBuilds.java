package org.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Recognize + validate of two builds in one JVM, in alternating rounds: each build's {@code benchmarks.jar} in a
 * class loader of its own, the rounds A B, B A, A B… measured in CPU time of this thread, and the ratio B/A taken
 * round by round. On a shared VM whose speed drifts by a third within minutes, two builds measured in separate
 * runs cannot be told apart below that; rounds a second apart share the drift, and the median of their ratios
 * resolves a few per cent (an A/A comparison gives 1.00 ± 0.02).
 *
 * <p>{@code java -cp nianbao-bench/target/benchmarks.jar org.nianbao.bench.CompareBuilds A.jar B.jar [rounds]
 * [reports]} from the project root (or with {@code -Dcorpus.dir=…}).
 */
public final class CompareBuilds {
    private CompareBuilds() {}

    /** One build, reached by reflection through its own class loader. */
    private static final class Build {
        private final String name;
        private final Object recognizer;
        private final Object validator;
        private final Method recognize;
        private final Method validate;
        private final Method report;
        private final Method provenance;
        private final List<Object> documents = new ArrayList<>();

        Build(Path jar, List<Path> seeds) throws Exception {
            name = jar.toString();
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> readers = loader.loadClass("org.nianbao.formats.DocumentReaders");
            Object standard = readers.getMethod("standard").invoke(null);
            Method read = readers.getMethod("read", String.class, byte[].class);
            Class<?> recognizerType = loader.loadClass("org.nianbao.core.recognition.ReportRecognizer");
            recognizer = recognizerType.getConstructor().newInstance();
            recognize = recognizerType.getMethod("recognize", loader.loadClass("org.nianbao.core.document.ExtractedDocument"));
            Class<?> recognition = loader.loadClass("org.nianbao.core.recognition.Recognition");
            report = recognition.getMethod("report");
            provenance = recognition.getMethod("provenance");
            Class<?> validatorType = loader.loadClass("org.nianbao.core.validation.Validator");
            validator = validatorType.getMethod("standard").invoke(null);
            validate = validatorType.getMethod("validate", report.getReturnType(), provenance.getReturnType());
            for (Path seed : seeds) {
                documents.add(read.invoke(standard, seed.getFileName().toString(), Files.readAllBytes(seed)));
            }
        }

        long run(int reports) throws Exception {
            long sink = 0;
            for (int i = 0; i < reports; i++) {
                Object recognized = recognize.invoke(recognizer, documents.get(i % documents.size()));
                Object findings = validate.invoke(validator, report.invoke(recognized), provenance.invoke(recognized));
                sink += ((List<?>) findings).size();
            }
            return sink;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds A/benchmarks.jar B/benchmarks.jar [rounds] [reports per round]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 41;
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        List<Path> seeds = CpuThroughput.seedFiles();
        Build[] builds = {new Build(Paths.get(args[0]), seeds), new Build(Paths.get(args[1]), seeds)};
        long sink = 0;
        for (Build build : builds) {
            sink += build.run(2 * perRound); // warm-up
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int b = round % 2 == 0 ? k : 1 - k; // A B, then B A: neither always goes first
                long start = threads.getCurrentThreadCpuTime();
                sink += builds[b].run(perRound);
                rates[b][round] = perRound / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            ratios[round] = rates[1][round] / rates[0][round];
        }
        for (int b = 0; b < 2; b++) {
            double[] sorted = rates[b].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s: median %,.0f reports per CPU-second (min %,.0f, max %,.0f)%n",
                    builds[b].name, sorted[rounds / 2], sorted[0], sorted[rounds - 1]);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "B/A round by round: median %.3f (min %.3f, max %.3f)%n",
                ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
        if (sink == 42) {
            System.out.println();
        }
    }
}
