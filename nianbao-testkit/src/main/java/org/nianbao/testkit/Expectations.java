package org.nianbao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Severity;

/**
 * Checks a result against a hand-checked {@code *.expected.json} (architecture §9.9): every cell of
 * {@code report} equal (a key absent from the expectation is not checked); every {@code findings_required}
 * entry matched on rule and, where given, cell, expected and actual; no error-severity finding outside
 * {@code error_rules_allowed}.
 */
public final class Expectations {
    private final Map<String, Object> expectation;

    private Expectations(Map<String, Object> expectation) {
        this.expectation = expectation;
    }

    @SuppressWarnings("unchecked")
    public static Expectations load(Path file) {
        try {
            return new Expectations((Map<String, Object>) Objects.requireNonNull(
                    CanonicalJson.readTree(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the result differs from the expectation; empty when it meets it. */
    @SuppressWarnings("unchecked")
    public List<String> mismatches(AnnualReport report, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> actual = (Map<String, Object>) CanonicalJson.readTree(CanonicalJson.write(report));
        Map<String, Object> expected = (Map<String, Object>) expectation.get("report");
        if (expected != null) {
            compare("", expected, actual, problems);
        }
        for (Object required : (List<Object>) expectation.getOrDefault("findings_required", List.of())) {
            Map<String, Object> want = (Map<String, Object>) required;
            if (findings.stream().noneMatch(finding -> matches(want, finding))) {
                problems.add("missing required finding " + want);
            }
        }
        List<Object> allowed = (List<Object>) expectation.getOrDefault("error_rules_allowed", List.of());
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR && !allowed.contains(finding.rule().id())) {
                problems.add("error finding not allowed: " + finding.rule().id() + " " + finding.cell() + " "
                        + finding.message());
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void compare(String path, Object expected, @Nullable Object actual, List<String> problems) {
        if (expected instanceof Map<?, ?> expectedMap) {
            if (!(actual instanceof Map<?, ?> actualMap)) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            ((Map<String, Object>) expectedMap).forEach((key, value) -> {
                String child = path.isEmpty() ? key : path + "." + key;
                if (!actualMap.containsKey(key)) {
                    problems.add(child + ": missing (expected " + value + ")");
                } else {
                    compare(child, value, actualMap.get(key), problems);
                }
            });
            return;
        }
        if (path.equals("agency") && Objects.equals(expectation.get("agency_as_written"), actual)) {
            return;
        }
        if (!Objects.equals(expected, actual)) {
            problems.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static boolean matches(Map<String, Object> want, Finding finding) {
        if (!finding.rule().id().equals(want.get("rule"))) {
            return false;
        }
        Object cell = want.get("cell");
        if (cell != null && (finding.cell() == null || !cell.equals(finding.cell().value()))) {
            return false;
        }
        return sameNumber(want.get("expected"), finding.expected()) && sameNumber(want.get("actual"), finding.actual());
    }

    private static boolean sameNumber(@Nullable Object want, @Nullable Number actual) {
        if (want == null) {
            return true;
        }
        return actual != null && new java.math.BigDecimal(want.toString()).compareTo(
                new java.math.BigDecimal(actual.toString())) == 0;
    }
}
