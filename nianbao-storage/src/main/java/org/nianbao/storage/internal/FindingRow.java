package org.nianbao.storage.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;

/**
 * One row of table {@code finding}.
 *
 * @param origin {@link #REPORT} for the single-report rules' findings on a version, {@link #CROSS} for the
 *     cross-report rules' findings on the report (kept with its current version)
 * @param position the finding's place in its list, from 0
 */
public record FindingRow(
        long versionId,
        String origin,
        int position,
        String rule,
        String severity,
        @Nullable String cell,
        @Nullable String expected,
        @Nullable String actual,
        String message,
        @Nullable Integer line,
        @Nullable Integer page) {

    public static final String REPORT = "report";
    public static final String CROSS = "cross";

    /** The rows of a list of findings, in order. */
    public static List<FindingRow> of(long versionId, String origin, List<Finding> findings) {
        List<FindingRow> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            rows.add(new FindingRow(
                    versionId,
                    origin,
                    i,
                    finding.rule().id(),
                    finding.severity().key(),
                    finding.cell() == null ? null : finding.cell().value(),
                    ExactNumbers.text(finding.expected()),
                    ExactNumbers.text(finding.actual()),
                    finding.message(),
                    finding.line(),
                    finding.page()));
        }
        return rows;
    }

    public Finding finding() {
        return new Finding(
                RuleId.fromId(rule),
                Severity.fromKey(severity),
                cell == null ? null : new CellPath(cell),
                ExactNumbers.number(expected),
                ExactNumbers.number(actual),
                message,
                line,
                page);
    }

    public boolean isCross() {
        return CROSS.equals(origin);
    }
}
