package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ReviewGroup.LIT_DIRECT;
import static org.nianbao.core.report.ReviewGroup.REVIEW;
import static org.nianbao.core.report.ReviewOutcome.CORRECTED;
import static org.nianbao.core.report.ReviewOutcome.TOTAL;
import static org.nianbao.core.validation.rules.Tables.count;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;

class ReviewGroupTotalRuleTest {
    private final ReviewGroupTotalRule rule = new ReviewGroupTotalRule();

    @Test
    void balancedGroupsHaveNoFinding() {
        assertThat(rule.check(Tables.balancedReport(), Provenance.NONE)).isEmpty();
    }

    @Test
    void wrongTotalIsReportedOnThatTotal() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, REVIEW, TOTAL);
        AnnualReport report = Tables.with(balanced, REVIEW, TOTAL, Cell.of(printed + 1));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.T4_GROUP_TOTAL);
            assertThat(finding.cell()).isEqualTo(CellPath.of(REVIEW, TOTAL));
            assertThat(finding.expected()).isEqualTo(printed);
            assertThat(finding.actual()).isEqualTo(printed + 1);
        });
    }

    @Test
    void wrongOutcomeIsReportedOnItsGroupTotal() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, LIT_DIRECT, TOTAL);
        AnnualReport report = Tables.with(
                balanced, LIT_DIRECT, CORRECTED, Cell.of(count(balanced, LIT_DIRECT, CORRECTED) + 2));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo(CellPath.of(LIT_DIRECT, TOTAL));
            assertThat(finding.expected()).isEqualTo(printed + 2);
            assertThat(finding.actual()).isEqualTo(printed);
        });
    }

    @Test
    void groupWithABlankOutcomeIsNotSummed() {
        AnnualReport report = Tables.with(Tables.balancedReport(), REVIEW, CORRECTED, Cell.BLANK);

        assertThat(rule.check(report, Provenance.NONE)).isEmpty();
    }
}
