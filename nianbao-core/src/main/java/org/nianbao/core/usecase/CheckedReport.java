package org.nianbao.core.usecase;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Severity;

/**
 * A report read from a source and checked.
 *
 * @param source the file name or label of the source
 * @param report the recognized report
 * @param provenance where its values came from
 * @param findings everything the rules found, in catalogue order
 */
public record CheckedReport(String source, AnnualReport report, Provenance provenance, List<Finding> findings) {
    public CheckedReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
