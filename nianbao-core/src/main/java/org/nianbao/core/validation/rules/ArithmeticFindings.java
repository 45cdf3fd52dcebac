package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/** Turns the table 三 failures attributed to one rule into findings. */
final class ArithmeticFindings {
    private ArithmeticFindings() {}

    static List<Finding> of(RuleId rule, AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        for (ApplicationsArithmetic.Failure failure : ApplicationsArithmetic.failures(report)) {
            if (failure.rule() != rule) {
                continue;
            }
            String message = failure.located() && !failure.printedTotal()
                    ? FindingMessages.format(
                            "arithmetic.located",
                            failure.row().displayLabel() + "·" + failure.column().label(),
                            failure.actual(),
                            failure.expected())
                    : FindingMessages.format(
                            rule.id(),
                            failure.row().displayLabel(),
                            failure.column().label(),
                            failure.actual(),
                            failure.expected());
            findings.add(Finding.of(
                    rule,
                    CellPath.of(failure.row(), failure.column()),
                    failure.expected(),
                    failure.actual(),
                    message));
        }
        return findings;
    }
}
