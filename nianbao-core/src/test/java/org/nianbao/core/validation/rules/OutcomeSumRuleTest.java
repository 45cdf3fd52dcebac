package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.nianbao.core.report.ApplicantColumn.NATURAL_PERSON;
import static org.nianbao.core.report.ApplicantColumn.TOTAL;
import static org.nianbao.core.report.ApplicationRow.GRANTED;
import static org.nianbao.core.report.ApplicationRow.PARTIAL;
import static org.nianbao.core.report.ApplicationRow.RESULT_TOTAL;
import static org.nianbao.core.validation.rules.Tables.count;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;

class OutcomeSumRuleTest {
    private final OutcomeSumRule rule = new OutcomeSumRule();

    @Test
    void balancedTableHasNoFinding() {
        assertThat(rule.check(Tables.balancedReport(), Provenance.NONE)).isEmpty();
    }

    @Test
    void singleOtherRowOfTheHybridLayoutIsSummed() {
        AnnualReport report = Tables.report(Tables.balancedApplications(true), Tables.balancedReview());

        assertThat(Tables.arithmetic().validate(report)).isEmpty();
    }

    @Test
    void wrongResultTotalIsReportedOnceOnThatTotal() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, RESULT_TOTAL, NATURAL_PERSON);
        AnnualReport report = Tables.with(balanced, RESULT_TOTAL, NATURAL_PERSON, Cell.of(printed + 3));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.T3_OUTCOME_SUM);
            assertThat(finding.cell()).isEqualTo(CellPath.of(RESULT_TOTAL, NATURAL_PERSON));
            assertThat(finding.expected()).isEqualTo(printed);
            assertThat(finding.actual()).isEqualTo(printed + 3);
        });
    }

    @Test
    void twoWrongCellsOfOneColumnAreReportedOnThePrintedTotals() {
        AnnualReport balanced = Tables.balancedReport();
        AnnualReport report = Tables.with(
                Tables.with(balanced, GRANTED, NATURAL_PERSON, Cell.of(count(balanced, GRANTED, NATURAL_PERSON) + 1)),
                PARTIAL, NATURAL_PERSON, Cell.of(count(balanced, PARTIAL, NATURAL_PERSON) + 1));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings)
                .extracting(Finding::rule, Finding::cell, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(
                        tuple(RuleId.T3_ROW_TOTAL, CellPath.of(GRANTED, TOTAL),
                                count(balanced, GRANTED, TOTAL) + 1, count(balanced, GRANTED, TOTAL)),
                        tuple(RuleId.T3_ROW_TOTAL, CellPath.of(PARTIAL, TOTAL),
                                count(balanced, PARTIAL, TOTAL) + 1, count(balanced, PARTIAL, TOTAL)),
                        tuple(RuleId.T3_OUTCOME_SUM, CellPath.of(RESULT_TOTAL, NATURAL_PERSON),
                                count(balanced, RESULT_TOTAL, NATURAL_PERSON) + 2,
                                count(balanced, RESULT_TOTAL, NATURAL_PERSON)));
    }
}
