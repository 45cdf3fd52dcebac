package org.nianbao.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.document.DocumentReader;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.document.SourceFormat;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.AgencyLevel;
import org.nianbao.core.library.NewAgency;
import org.nianbao.core.library.NewReport;
import org.nianbao.core.library.SourceFile;
import org.nianbao.core.recognition.ReportRecognizer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.usecase.ReportPipeline;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Validator;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.CorpusCase;

/** Test data: corpus seeds checked by the real pipeline, uploads of them, audit entries. */
final class Fixtures {
    /** A fixed moment; tests add minutes to it. */
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    /**
     * The pipeline over the plain-text seeds. The text reader lives in nianbao-formats, which this module must not
     * depend on; a seed is UTF-8, one paragraph a line, which is what that reader makes of it.
     */
    private static final ReportPipeline PIPELINE = new ReportPipeline(new SeedReader(), new ReportRecognizer(),
            Validator.standard());

    private Fixtures() {}

    /** The seed whose file name starts with {@code prefix} ({@code "002"}). */
    static CorpusCase seed(String prefix) {
        return Corpus.seeds()
                .filter(seed -> seed.source().getFileName().toString().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    static byte[] bytes(CorpusCase seed) {
        try {
            return Files.readAllBytes(seed.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed read, recognized and checked: findings with their source lines. */
    static CheckedReport check(CorpusCase seed) {
        return PIPELINE.check(seed.source().getFileName().toString(), bytes(seed));
    }

    /** An upload of a seed as the web application would store it. */
    static NewReport upload(long agencyId, CorpusCase seed, List<Finding> crossFindings) {
        CheckedReport checked = check(seed);
        return upload(agencyId, seed, checked.report(), checked.findings(), crossFindings);
    }

    static NewReport upload(
            long agencyId, CorpusCase seed, AnnualReport report, List<Finding> findings, List<Finding> cross) {
        byte[] content = bytes(seed);
        SourceFile source = new SourceFile(seed.source().getFileName().toString(), content.length, sha256(content),
                "text");
        return new NewReport(agencyId, report.year(), source, content, report, findings, cross, "clerk1");
    }

    /** An upload of a report given as canonical JSON (a made-up report). */
    static NewReport upload(long agencyId, AnnualReport report, List<Finding> findings, List<Finding> cross) {
        byte[] content = CanonicalJson.write(report).getBytes(StandardCharsets.UTF_8);
        SourceFile source = new SourceFile("report.json", content.length, sha256(content), "json");
        return new NewReport(agencyId, report.year(), source, content, report, findings, cross, "clerk1");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An audit entry of the system at {@link #T0} plus {@code minutes}, its object id left to the repository. */
    static AuditEntry audit(String action, String objectType, int minutes) {
        return new AuditEntry(T0.plusSeconds(60L * minutes), null, "system", action, objectType, null, null, null);
    }

    static AuditEntry audit(String action, String objectType) {
        return audit(action, objectType, 0);
    }

    static NewAgency agency(String name) {
        return new NewAgency(null, name, AgencyLevel.guess(name), null);
    }

    static NewAgency agency(String name, long parentId) {
        return new NewAgency(null, name, AgencyLevel.guess(name), parentId);
    }

    /**
     * The findings as the database gives them back: numbers as the canonical JSON reads them (integers as
     * {@code Long}, decimals as {@code BigDecimal} with their scale).
     */
    static List<Finding> asStored(List<Finding> findings) {
        return findings.stream()
                .map(f -> new Finding(f.rule(), f.severity(), f.cell(), asStored(f.expected()), asStored(f.actual()),
                        f.message(), f.line(), f.page()))
                .toList();
    }

    private static Number asStored(Number number) {
        if (number == null || number instanceof BigDecimal || number instanceof Long) {
            return number;
        }
        return number.longValue();
    }

    /** Reads a UTF-8 seed line by line, as nianbao-formats' text reader does. */
    private static final class SeedReader implements DocumentReader {
        @Override
        public SourceFormat format() {
            return SourceFormat.TEXT;
        }

        @Override
        public ExtractedDocument read(String name, byte[] content) {
            return ExtractedDocument.ofLines(name, new String(content, StandardCharsets.UTF_8).lines().toList());
        }
    }
}
