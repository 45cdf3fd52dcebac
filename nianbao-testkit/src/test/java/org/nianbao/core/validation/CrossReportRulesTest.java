package org.nianbao.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ApplicantColumn.TOTAL;
import static org.nianbao.core.report.ApplicationRow.CARRIED_FORWARD;
import static org.nianbao.core.report.ApplicationRow.CARRIED_OVER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.testkit.Corpus;
import org.nianbao.testkit.Reports;

class CrossReportRulesTest {
    /** A real report's text (corpus seed 000), long enough for the copied-text rules. */
    private static final AnnualReport SEED = Corpus.recognize(Corpus.seeds().findFirst().orElseThrow());

    @Test
    void standardRulesAreTheFourCrossReportRulesOfTheCatalogue() {
        assertThat(CrossReportRules.standard()).extracting(CrossReportRule::id).containsExactly(
                RuleId.XYEAR_CARRY_OVER, RuleId.XYEAR_IN_FORCE, RuleId.XYEAR_COPIED_TEXT, RuleId.XAGENCY_COPIED_TEXT);
        assertThat(CrossReportRules.acrossYears()).extracting(rule -> rule.id().id())
                .allMatch(id -> id.startsWith("xyear."));
        assertThat(CrossReportRules.acrossAgencies()).extracting(rule -> rule.id().id())
                .allMatch(id -> id.startsWith("xagency."));
    }

    @Test
    void consistentFollowingYearHasNoFinding() {
        AnnualReport previous = Reports.balanced2021(1);
        AnnualReport report = Reports.nextYear(previous, 2);

        assertThat(CrossReportRules.check(report, List.of(previous, report), List.of(Reports.balanced2021(3))))
                .isEmpty();
    }

    @Test
    void yearRulesSeeOnlyTheSameAgencyAndAgencyRulesOnlyOtherAgencies() {
        AnnualReport previous = Reports.balanced2021(4);
        AnnualReport next = Reports.nextYear(previous, 5);
        long carriedForward = previous.applications().cell(CARRIED_FORWARD, TOTAL).count().orElseThrow();
        AnnualReport report = withSeedText(
                next.withApplications(next.applications().with(CARRIED_OVER, TOTAL, Cell.of(carriedForward + 1))),
                next.agency(), next.year());
        AnnualReport otherAgency = withSeedText(Reports.balanced2021(6), "某市另一局", next.year());

        assertThat(CrossReportRules.check(report, List.of(previous), List.of(otherAgency)))
                .extracting(Finding::rule)
                .containsExactly(RuleId.XYEAR_CARRY_OVER, RuleId.XAGENCY_COPIED_TEXT);
        assertThat(CrossReportRules.check(report, List.of(previous, otherAgency), List.of()))
                .extracting(Finding::rule)
                .containsExactly(RuleId.XYEAR_CARRY_OVER);
        assertThat(CrossReportRules.check(report, List.of(), List.of(previous, otherAgency)))
                .extracting(Finding::rule)
                .containsExactly(RuleId.XAGENCY_COPIED_TEXT);
    }

    private static AnnualReport withSeedText(AnnualReport report, String agency, int year) {
        return new AnnualReport(report.formatVersion(), agency, year, null, SEED.sections(), report.proactive(),
                report.applications(), report.reviewLitigation());
    }
}
