package org.nianbao.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Keyed;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;

/**
 * The round trip of the renderers' acceptance tests: a corpus report recognized from its source file, rendered,
 * read back with a reader and recognized again must give the same tables cell for cell, the same format version,
 * agency and year.
 */
public final class RoundTrip {
    private static final ReportPipeline PIPELINE =
            new ReportPipeline(DocumentReaders.standard(), new ReportRecognizer(), Validator.standard());

    private RoundTrip() {}

    /** Every corpus report: the five seeds and the published PDFs. */
    public static Stream<CorpusCase> corpus() {
        return Stream.concat(Corpus.seeds(), Corpus.pdfs());
    }

    /** The report recognized from the case's source file through the standard pipeline. */
    public static AnnualReport recognized(CorpusCase corpusCase) {
        try {
            return PIPELINE.check(corpusCase.source().getFileName().toString(),
                    Files.readAllBytes(corpusCase.source())).report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report a reader and the recognizer find in rendered bytes. */
    public static AnnualReport reread(DocumentReader reader, String name, byte[] rendered) {
        return new ReportRecognizer().recognize(reader.read(name, rendered)).report();
    }

    /** What differs between two reports in the compared fields, one line per difference; empty when none. */
    public static List<String> differences(AnnualReport expected, AnnualReport actual) {
        List<String> differences = new ArrayList<>();
        same(differences, "formatVersion", expected.formatVersion(), actual.formatVersion());
        same(differences, "agency", expected.agency(), actual.agency());
        same(differences, "year", expected.year(), actual.year());
        table(differences, "proactive", expected.proactive(), actual.proactive());
        table(differences, "applications", expected.applications(), actual.applications());
        table(differences, "review_litigation", expected.reviewLitigation(), actual.reviewLitigation());
        return differences;
    }

    private static void same(List<String> differences, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> void table(
            List<String> differences, String name, CellTable<R, C> expected, CellTable<R, C> actual) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                differences.add(name + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        Set<R> rows = new LinkedHashSet<>(expected.rows().keySet());
        rows.addAll(actual.rows().keySet());
        for (R row : rows) {
            Map<C, Cell> e = expected.rows().getOrDefault(row, Map.of());
            Map<C, Cell> a = actual.rows().getOrDefault(row, Map.of());
            Set<C> columns = new LinkedHashSet<>(e.keySet());
            columns.addAll(a.keySet());
            for (C column : columns) {
                same(differences, name + "." + row.key() + "." + column.key(), e.get(column), a.get(column));
            }
        }
    }
}
