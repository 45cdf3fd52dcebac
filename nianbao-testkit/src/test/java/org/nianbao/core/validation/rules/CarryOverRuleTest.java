package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ApplicationRow.CARRIED_FORWARD;
import static org.nianbao.core.report.ApplicationRow.CARRIED_OVER;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;
import org.nianbao.testkit.Reports;

class CarryOverRuleTest {
    private final CarryOverRule rule = new CarryOverRule();

    @Test
    void followingYearThatCarriesOverWhatWasCarriedForwardHasNoFinding() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport previous = Reports.balanced(seed);
            AnnualReport report = Reports.nextYear(previous, seed + 1);

            assertThat(rule.check(report, List.of(previous))).isEmpty();
        });
    }

    @Test
    void oneChangedCarriedOverCellGivesOneFindingOnThatCell() {
        qt().withExamples(300)
                .forAll(longs().all(), integers().between(0, ApplicantColumn.all().size() - 1),
                        integers().between(1, 50), booleans().all())
                .checkAssert((seed, index, delta, downwards) -> {
                    ApplicantColumn column = ApplicantColumn.all().get(index);
                    AnnualReport previous = Reports.balanced(seed);
                    AnnualReport consistent = Reports.nextYear(previous, seed + 1);
                    long carriedForward = count(previous, CARRIED_FORWARD, column);
                    long changed =
                            downwards && carriedForward >= delta ? carriedForward - delta : carriedForward + delta;
                    AnnualReport report = with(consistent, column, Cell.of(changed));

                    assertThat(rule.check(report, List.of(previous))).singleElement().satisfies(finding -> {
                        assertThat(finding.rule()).isEqualTo(RuleId.XYEAR_CARRY_OVER);
                        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                        assertThat(finding.cell()).isEqualTo(CellPath.of(CARRIED_OVER, column));
                        assertThat(finding.expected()).isEqualTo(carriedForward);
                        assertThat(finding.actual()).isEqualTo(changed);
                    });
                });
    }

    @Test
    void findingNamesBothCellsBothNumbersAndThePreviousYear() {
        AnnualReport previous = Reports.balanced2021(3);
        AnnualReport report = Reports.nextYear(previous, 4);
        long carriedForward = count(previous, CARRIED_FORWARD, ApplicantColumn.TOTAL);
        report = with(report, ApplicantColumn.TOTAL, Cell.of(carriedForward + 2));

        assertThat(rule.check(report, List.of(previous))).singleElement().extracting(Finding::message)
                .isEqualTo("二、上年结转政府信息公开申请数量·总计 为 " + (carriedForward + 2) + "，但" + previous.year()
                        + "年报告的四、结转下年度继续办理·总计 为 " + carriedForward);
    }

    @Test
    void totalAndAnApplicantColumnThatBothDifferGiveOneFindingEach() {
        AnnualReport previous = Reports.balanced2021(5);
        AnnualReport report = Reports.nextYear(previous, 6);
        report = with(report, ApplicantColumn.NATURAL_PERSON,
                Cell.of(count(previous, CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON) + 1));
        report = with(report, ApplicantColumn.TOTAL,
                Cell.of(count(previous, CARRIED_FORWARD, ApplicantColumn.TOTAL) + 1));

        assertThat(rule.check(report, List.of(previous)))
                .extracting(Finding::cell)
                .containsExactly(CellPath.of(CARRIED_OVER, ApplicantColumn.NATURAL_PERSON),
                        CellPath.of(CARRIED_OVER, ApplicantColumn.TOTAL));
    }

    @Test
    void blankCellOnEitherSideGivesNoFinding() {
        AnnualReport previous = Reports.balanced2021(7);
        AnnualReport report = Reports.nextYear(previous, 8);
        AnnualReport blankCarriedOver = with(report, ApplicantColumn.TOTAL, Cell.BLANK);
        AnnualReport blankCarriedForward = previous.withApplications(
                previous.applications().with(CARRIED_FORWARD, ApplicantColumn.TOTAL, Cell.BLANK));
        AnnualReport unreadable = with(report, ApplicantColumn.TOTAL, new Cell.Unreadable("l0"));
        AnnualReport noTable = new AnnualReport(report.formatVersion(), report.agency(), report.year(),
                report.title(), report.sections(), report.proactive(), null, report.reviewLitigation());

        assertThat(rule.check(blankCarriedOver, List.of(previous))).isEmpty();
        assertThat(rule.check(with(report, ApplicantColumn.TOTAL, Cell.of(999)), List.of(blankCarriedForward)))
                .isEmpty();
        assertThat(rule.check(unreadable, List.of(previous))).isEmpty();
        assertThat(rule.check(noTable, List.of(previous))).isEmpty();
    }

    @Test
    void reportsOfYearsOtherThanThePreviousOneAreIgnored() {
        AnnualReport first = Reports.balanced2021(9);
        AnnualReport second = Reports.nextYear(first, 10);
        AnnualReport third = Reports.nextYear(second, 11);
        AnnualReport brokenSecond = with(second, ApplicantColumn.TOTAL,
                Cell.of(count(first, CARRIED_FORWARD, ApplicantColumn.TOTAL) + 7));

        assertThat(rule.check(third, List.of(first))).isEmpty();
        assertThat(rule.check(first, List.of(brokenSecond))).as("a break is reported on the later report only")
                .isEmpty();
        assertThat(rule.check(brokenSecond, List.of(first, brokenSecond, third))).hasSize(1);
    }

    @Test
    void previousYearPrintedTwiceIsComparedWithTheEditionThatAgrees() {
        AnnualReport previous = Reports.balanced2021(12);
        AnnualReport report = Reports.nextYear(previous, 13);
        AnnualReport otherEdition = previous.withApplications(previous.applications().with(CARRIED_FORWARD,
                ApplicantColumn.TOTAL, Cell.of(count(previous, CARRIED_FORWARD, ApplicantColumn.TOTAL) + 3)));

        assertThat(rule.check(report, List.of(otherEdition, previous))).isEmpty();
        assertThat(rule.check(report, List.of(otherEdition))).hasSize(1);
    }

    @Test
    void reportWithoutAYearHasNoFinding() {
        AnnualReport previous = Reports.balanced2021(14);
        AnnualReport report = Reports.nextYear(previous, 15);
        AnnualReport undated = new AnnualReport(report.formatVersion(), report.agency(), null, null, report.sections(),
                report.proactive(), with(report, ApplicantColumn.TOTAL, Cell.of(999)).applications(),
                report.reviewLitigation());

        assertThat(rule.check(undated, List.of(previous))).isEmpty();
    }

    private static long count(AnnualReport report, ApplicationRow row, ApplicantColumn column) {
        return report.applications().cell(row, column).count().orElseThrow();
    }

    private static AnnualReport with(AnnualReport report, ApplicantColumn column, Cell carriedOver) {
        return report.withApplications(report.applications().with(CARRIED_OVER, column, carriedOver));
    }
}
