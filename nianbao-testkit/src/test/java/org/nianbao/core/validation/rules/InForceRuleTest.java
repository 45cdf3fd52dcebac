package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.report.ProactiveColumn.IN_FORCE;
import static org.nianbao.core.report.ProactiveColumn.ISSUED;
import static org.nianbao.core.report.ProactiveColumn.REPEALED;
import static org.nianbao.core.report.ProactiveItem.NORMATIVE_DOC;
import static org.nianbao.core.report.ProactiveItem.REGULATION;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.testkit.Reports;

class InForceRuleTest {
    private final InForceRule rule = new InForceRule();

    @Test
    void followingYearWhoseCountInForceContinuesThePreviousOneHasNoFinding() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport previous = Reports.balanced(seed);
            AnnualReport report = Reports.nextYear(previous, seed + 1);

            assertThat(rule.check(report, List.of(previous))).isEmpty();
        });
    }

    @Test
    void countInForceFarFromTheComputedOneGivesOneFindingOnThatCell() {
        qt().withExamples(200).forAll(longs().all(), booleans().all()).checkAssert((seed, regulation) -> {
            ProactiveItem item = regulation ? REGULATION : NORMATIVE_DOC;
            AnnualReport previous = Reports.balanced2021(seed);
            AnnualReport consistent = Reports.nextYear(previous, seed + 1);
            long expected = count(consistent, item, IN_FORCE);
            long actual = expected + expected / 5 + 3;
            AnnualReport report = with(consistent, item, IN_FORCE, actual);

            assertThat(rule.check(report, List.of(previous))).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo(RuleId.XYEAR_IN_FORCE);
                assertThat(finding.cell()).isEqualTo(CellPath.of(item, IN_FORCE));
                assertThat(finding.expected()).isEqualTo(expected);
                assertThat(finding.actual()).isEqualTo(actual);
            });
        });
    }

    @Test
    void countingOnlyThisYearsDocumentsAsInForceIsFoundAndNamedWithEveryNumber() {
        AnnualReport previous = with(Reports.balanced2021(1), NORMATIVE_DOC, IN_FORCE, 120);
        AnnualReport report = Reports.nextYear(previous, 2);
        report = with(with(with(report, NORMATIVE_DOC, ISSUED, 10), NORMATIVE_DOC, REPEALED, 4),
                NORMATIVE_DOC, IN_FORCE, 10);

        assertThat(rule.check(report, List.of(previous))).singleElement().satisfies(finding -> {
            assertThat(finding.expected()).isEqualTo(126L);
            assertThat(finding.actual()).isEqualTo(10L);
            assertThat(finding.message()).isEqualTo("行政规范性文件·现行有效件数 为 10，但按" + previous.year()
                    + "年报告的现行有效件数 120 加本年制发 10 减本年废止 4 应约为 126");
        });
    }

    @Test
    void gapOfAtMostTwoDocumentsOrATenthOfTheExpectedCountIsTolerated() {
        assertThat(InForceRule.isFar(126, 114)).isFalse();
        assertThat(InForceRule.isFar(126, 113)).isTrue();
        assertThat(InForceRule.isFar(126, 139)).isTrue();
        assertThat(InForceRule.isFar(3, 5)).isFalse();
        assertThat(InForceRule.isFar(3, 1)).isFalse();
        assertThat(InForceRule.isFar(3, 6)).isTrue();
        assertThat(InForceRule.isFar(0, 2)).isFalse();
        assertThat(InForceRule.isFar(-3, 0)).as("more repealed than was in force").isTrue();
    }

    @Test
    void smallGapInARealReportGivesNoFinding() {
        AnnualReport previous = with(Reports.balanced2021(3), NORMATIVE_DOC, IN_FORCE, 120);
        AnnualReport report = Reports.nextYear(previous, 4);
        long expected = count(report, NORMATIVE_DOC, IN_FORCE);

        assertThat(rule.check(with(report, NORMATIVE_DOC, IN_FORCE, expected - expected / 10), List.of(previous)))
                .isEmpty();
    }

    @Test
    void blankCellAmongTheFourGivesNoFinding() {
        AnnualReport previous = Reports.balanced2021(5);
        AnnualReport report = with(Reports.nextYear(previous, 6), REGULATION, IN_FORCE, 500);

        assertThat(rule.check(report, List.of(previous))).hasSize(1);
        for (ProactiveColumn column : List.of(ISSUED, REPEALED, IN_FORCE)) {
            assertThat(rule.check(blank(report, REGULATION, column), List.of(previous))).as(column.key()).isEmpty();
        }
        assertThat(rule.check(report, List.of(blank(previous, REGULATION, IN_FORCE)))).isEmpty();
    }

    @Test
    void previousReportIn2019FormatHasNoCountInForceAndIsNotCompared() {
        AnnualReport previous = Reports.balanced2019(7);
        if (previous.year() == 2019) {
            previous = Reports.nextYear(previous, 8);
        }
        AnnualReport report = Reports.nextYear(previous, 9);

        assertThat(previous.formatVersion()).isEqualTo(FormatVersion.V2019);
        assertThat(report.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(rule.check(with(report, REGULATION, IN_FORCE, 500), List.of(previous))).isEmpty();
    }

    @Test
    void reportsOfYearsOtherThanThePreviousOneAreIgnored() {
        AnnualReport first = Reports.balanced2021(10);
        AnnualReport second = Reports.nextYear(first, 11);
        AnnualReport third = with(Reports.nextYear(second, 12), REGULATION, IN_FORCE, 500);

        assertThat(rule.check(third, List.of(first))).isEmpty();
        assertThat(rule.check(first, List.of(with(second, REGULATION, IN_FORCE, 500)))).isEmpty();
        assertThat(rule.check(third, List.of(first, second, third))).extracting(Finding::cell)
                .containsExactly(CellPath.of(REGULATION, IN_FORCE));
    }

    private static long count(AnnualReport report, ProactiveItem item, ProactiveColumn column) {
        return report.proactive().cell(item, column).count().orElseThrow();
    }

    private static AnnualReport with(AnnualReport report, ProactiveItem item, ProactiveColumn column, long value) {
        return report.withProactive(report.proactive().with(item, column, Cell.of(value)));
    }

    private static AnnualReport blank(AnnualReport report, ProactiveItem item, ProactiveColumn column) {
        return report.withProactive(report.proactive().with(item, column, Cell.BLANK));
    }
}
