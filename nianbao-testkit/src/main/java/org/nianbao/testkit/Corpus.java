package org.nianbao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;

/**
 * The corpus of real reports under the directory named by the {@code corpus.dir} system property (set by the
 * parent POM), and any directory of fixture pairs {@code NAME.ext} + {@code NAME.expected.json}.
 */
public final class Corpus {
    private static final String EXPECTED = ".expected.json";

    private Corpus() {}

    public static Path dir() {
        String dir = System.getProperty("corpus.dir");
        if (dir == null) {
            throw new IllegalStateException("system property corpus.dir is not set; run the tests through Maven");
        }
        return Paths.get(dir);
    }

    /** The plain-text seeds, for {@code @MethodSource}. */
    public static Stream<CorpusCase> seeds() {
        return cases(dir().resolve("seeds"), ".txt").stream();
    }

    /** The published PDFs, for {@code @MethodSource}. */
    public static Stream<CorpusCase> pdfs() {
        return cases(dir().resolve("pdf"), ".pdf").stream();
    }

    /**
     * The report recognized from a plain-text seed (UTF-8, one block per line), for tests of core that need a real
     * report with its text and cannot use the document readers of nianbao-formats.
     */
    public static AnnualReport recognize(CorpusCase textSeed) {
        try {
            List<String> lines = Files.readAllLines(textSeed.source(), StandardCharsets.UTF_8);
            return new ReportRecognizer()
                    .recognize(ExtractedDocument.ofLines(textSeed.source().getFileName().toString(), lines))
                    .report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every pair in {@code directory} whose source ends with {@code extension}, sorted by name. */
    public static List<CorpusCase> cases(Path directory, String extension) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(EXPECTED))
                    .sorted()
                    .map(expectation -> {
                        String name = expectation.getFileName().toString();
                        String stem = name.substring(0, name.length() - EXPECTED.length());
                        return new CorpusCase(expectation.resolveSibling(stem + extension), expectation);
                    })
                    .filter(c -> Files.exists(c.source()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
