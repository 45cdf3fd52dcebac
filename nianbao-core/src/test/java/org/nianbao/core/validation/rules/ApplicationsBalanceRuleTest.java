package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ApplicantColumn.ORG_RESEARCH;
import static org.nianbao.core.report.ApplicationRow.CARRIED_FORWARD;
import static org.nianbao.core.validation.rules.Tables.count;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;

class ApplicationsBalanceRuleTest {
    private final ApplicationsBalanceRule rule = new ApplicationsBalanceRule();

    @Test
    void balancedTableHasNoFinding() {
        assertThat(rule.check(Tables.balancedReport(), Provenance.NONE)).isEmpty();
    }

    @Test
    void wrongCarriedForwardIsReportedOnceOnThatCell() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, CARRIED_FORWARD, ORG_RESEARCH);
        AnnualReport report = Tables.with(balanced, CARRIED_FORWARD, ORG_RESEARCH, Cell.of(printed + 4));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.T3_BALANCE);
            assertThat(finding.cell()).isEqualTo(CellPath.of(CARRIED_FORWARD, ORG_RESEARCH));
            assertThat(finding.expected()).isEqualTo(printed);
            assertThat(finding.actual()).isEqualTo(printed + 4);
        });
    }
}
