package org.nianbao.core.validation.rules;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * t3.outcome_sum: per column, （七）总计 equals the sum of every outcome row （一）…（六）. One wrong cell that breaks several equations of table 三 is reported once, under the rule of the
 * equation whose printed total it is (see {@link ApplicationsArithmetic}).
 */
public final class OutcomeSumRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.T3_OUTCOME_SUM;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        return ArithmeticFindings.of(id(), report);
    }
}
