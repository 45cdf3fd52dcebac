package org.nianbao.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;

/** Runs a fixed list of rules over a report and points each finding at its source line. Thread-safe. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with every single-report rule of the catalogue. */
    public static Validator standard() {
        return new Validator(StandardRules.all());
    }

    public List<Finding> validate(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (Finding finding : rule.check(report, provenance)) {
                if (finding.line() == null && finding.cell() != null) {
                    finding = finding.withLine(provenance.lineOf(finding.cell()));
                }
                findings.add(finding);
            }
        }
        return List.copyOf(findings);
    }

    public List<Finding> validate(AnnualReport report) {
        return validate(report, Provenance.NONE);
    }
}
