package org.nianbao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.formats.pdf.PdfDocumentReader;

/**
 * PDF pages per second, nianbao (extraction + recognition, warm JVM, one thread) side by side with poppler's
 * {@code pdftotext -layout} (one process per file, as it is used) on the same files in one run. Rounds alternate
 * between the two so that a noisy machine affects both alike; the median round is reported.
 *
 * <p>Run from the project root: {@code java -cp nianbao-bench/target/benchmarks.jar
 * org.nianbao.bench.PdfVersusPdftotext [ROUNDS] [PDF or directory…]} (default: 7 rounds over {@code corpus/pdf}
 * and the equivalence PDFs of the seeds). Needs {@code pdftotext} on the PATH (Debian {@code poppler-utils}).
 */
public final class PdfVersusPdftotext {
    private PdfVersusPdftotext() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Path> files = new ArrayList<>();
        List<String> where = args.length > 1
                ? Arrays.asList(args).subList(1, args.length)
                : List.of("corpus/pdf", "nianbao-formats/src/test/resources/org/nianbao/formats/equivalence");
        for (String place : where) {
            Path path = Path.of(place);
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        List<byte[]> contents = new ArrayList<>();
        int pages = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            contents.add(bytes);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                pages += document.getNumberOfPages();
            }
        }
        System.out.printf(Locale.ROOT, "%d PDFs, %d pages; %d rounds%n", files.size(), pages, rounds);

        PdfDocumentReader reader = new PdfDocumentReader();
        ReportRecognizer recognizer = new ReportRecognizer();
        for (int i = 0; i < 30; i++) { // warm-up: let the JIT compile the hot paths
            ours(reader, recognizer, files, contents);
        }
        pdftotext(files);

        double[] oursRate = new double[rounds];
        double[] theirsRate = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                ours(reader, recognizer, files, contents);
            }
            oursRate[r] = 5.0 * pages / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            pdftotext(files);
            theirsRate[r] = pages / ((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: nianbao %.1f pages/s, pdftotext %.1f pages/s%n",
                    r + 1, oursRate[r], theirsRate[r]);
        }
        double ours = median(oursRate);
        double theirs = median(theirsRate);
        System.out.printf(Locale.ROOT,
                "median: nianbao %.1f pages/s (%.1f ms/page), pdftotext -layout %.1f pages/s (%.1f ms/page); "
                        + "nianbao takes %.2f× pdftotext's time per page%n",
                ours, 1000 / ours, theirs, 1000 / theirs, theirs / ours);
    }

    private static void ours(PdfDocumentReader reader, ReportRecognizer recognizer, List<Path> files,
            List<byte[]> contents) {
        for (int i = 0; i < files.size(); i++) {
            ExtractedDocument document = reader.read(files.get(i).getFileName().toString(), contents.get(i));
            recognizer.recognize(document);
        }
    }

    private static void pdftotext(List<Path> files) throws IOException, InterruptedException {
        for (Path file : files) {
            Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (process.waitFor() != 0) {
                throw new IOException("pdftotext failed on " + file);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
