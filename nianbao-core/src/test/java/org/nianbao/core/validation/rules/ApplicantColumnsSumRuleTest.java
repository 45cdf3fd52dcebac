package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ApplicantColumn.NATURAL_PERSON;
import static org.nianbao.core.report.ApplicantColumn.ORG_COMMERCIAL;
import static org.nianbao.core.report.ApplicantColumn.TOTAL;
import static org.nianbao.core.report.ApplicationRow.GRANTED;
import static org.nianbao.core.report.ApplicationRow.NEW_RECEIVED;
import static org.nianbao.core.validation.rules.Tables.count;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;

class ApplicantColumnsSumRuleTest {
    private final ApplicantColumnsSumRule rule = new ApplicantColumnsSumRule();

    @Test
    void balancedTableHasNoFinding() {
        assertThat(rule.check(Tables.balancedReport(), Provenance.NONE)).isEmpty();
    }

    @Test
    void wrongRowTotalIsReportedOnceOnThatTotal() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, GRANTED, TOTAL);
        AnnualReport report = Tables.with(balanced, GRANTED, TOTAL, Cell.of(printed + 2));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.T3_ROW_TOTAL);
            assertThat(finding.cell()).isEqualTo(CellPath.of(GRANTED, TOTAL));
            assertThat(finding.expected()).isEqualTo(printed);
            assertThat(finding.actual()).isEqualTo(printed + 2);
        });
    }

    @Test
    void wrongApplicantCellIsReportedOnceOnThatCell() {
        AnnualReport balanced = Tables.balancedReport();
        long printed = count(balanced, NEW_RECEIVED, ORG_COMMERCIAL);
        AnnualReport report = Tables.with(balanced, NEW_RECEIVED, ORG_COMMERCIAL, Cell.of(printed + 5));

        List<Finding> findings = Tables.arithmetic().validate(report);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo(CellPath.of(NEW_RECEIVED, ORG_COMMERCIAL));
            assertThat(finding.expected()).isEqualTo(printed);
            assertThat(finding.actual()).isEqualTo(printed + 5);
        });
    }

    @Test
    void rowWithABlankCellIsNotSummed() {
        AnnualReport report = Tables.with(Tables.balancedReport(), GRANTED, NATURAL_PERSON, Cell.BLANK);

        assertThat(Tables.arithmetic().validate(report)).isEmpty();
    }
}
