package org.nianbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.Recognition;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Validator;
import org.nianbao.formats.DocumentReaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the pipeline on the corpus seeds, one report per operation, the seeds taken in turn: so the score
 * is reports per second, averaged over the seeds. {@link #check} is the whole {@link ReportPipeline} from bytes;
 * {@link #recognize} and {@link #validate} split it into its two costly stages.
 *
 * <p>The seeds are read once from {@code <corpus.dir>/seeds} (system property, as in the tests), or else from
 * {@code corpus/seeds} or {@code ../corpus/seeds} relative to the working directory. How to run: {@code
 * docs/benchmarks.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 3)
@State(Scope.Thread)
public class RecognizeAndValidateBenchmark {
    private final ReportPipeline pipeline =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());
    private final ReportRecognizer recognizer = new ReportRecognizer();
    private final Validator validator = Validator.standard();

    private List<Seed> seeds = List.of();
    private int next;

    /** One seed in every form a stage takes as input. */
    private record Seed(String name, byte[] bytes, ExtractedDocument document, Recognition recognition) {}

    @Setup
    public void readSeeds() {
        DocumentReaders readers = DocumentReaders.standard();
        List<Seed> read = new ArrayList<>();
        for (Path file : seedFiles()) {
            String name = file.getFileName().toString();
            byte[] bytes = readAllBytes(file);
            ExtractedDocument document = readers.read(name, bytes);
            read.add(new Seed(name, bytes, document, recognizer.recognize(document)));
        }
        seeds = List.copyOf(read);
    }

    /** Read, recognize and validate one seed from its bytes: what the CLI does per file. */
    @Benchmark
    public CheckedReport check() {
        Seed seed = nextSeed();
        return pipeline.check(seed.name(), seed.bytes());
    }

    /** Recognize one already extracted seed. */
    @Benchmark
    public Recognition recognize() {
        return recognizer.recognize(nextSeed().document());
    }

    /**
     * Recognize and validate one already extracted seed: the measure ("reports per second per core for
     * recognize + validate, in-process").
     */
    @Benchmark
    public List<Finding> recognizeAndValidate() {
        Recognition recognition = recognizer.recognize(nextSeed().document());
        return validator.validate(recognition.report(), recognition.provenance());
    }

    /** Validate one already recognized seed with every standard rule. */
    @Benchmark
    public List<Finding> validate() {
        Recognition recognition = nextSeed().recognition();
        return validator.validate(recognition.report(), recognition.provenance());
    }

    private Seed nextSeed() {
        Seed seed = seeds.get(next);
        next = (next + 1) % seeds.size();
        return seed;
    }

    private static List<Path> seedFiles() {
        Path dir = seedsDir();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no *.txt seeds in " + dir.toAbsolutePath());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path seedsDir() {
        String corpus = System.getProperty("corpus.dir");
        if (corpus != null) {
            return Paths.get(corpus, "seeds");
        }
        for (String candidate : List.of("corpus/seeds", "../corpus/seeds")) {
            Path dir = Paths.get(candidate);
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("corpus seeds not found from " + Paths.get("").toAbsolutePath()
                + "; run from the project root or the nianbao-bench directory, or pass -Dcorpus.dir=<corpus>");
    }

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
