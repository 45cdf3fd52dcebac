package org.nianbao.core.validation.rules;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * t3.row_total: in every row of table 三, 总计 equals the sum of the six applicant columns. One wrong cell that breaks several equations of table 三 is reported once, under the rule of the
 * equation whose printed total it is (see {@link ApplicationsArithmetic}).
 */
public final class ApplicantColumnsSumRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.T3_ROW_TOTAL;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        return ArithmeticFindings.of(id(), report);
    }
}
