package org.nianbao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;
import org.nianbao.core.validation.CrossReportRules;
import org.nianbao.core.validation.Validator;

/**
 * What tests may rely on when they take a report from {@link Reports}: the arithmetic is recomputed here
 * independently of the rules, and the standard validator finds nothing at all, so that a test which changes one
 * thing can attribute every finding to that change.
 */
class ReportsTest {

    @Test
    void sameSeedGivesTheSameReport() {
        assertThat(Reports.balanced2021(42)).isEqualTo(Reports.balanced2021(42));
        assertThat(Reports.balanced2019(42)).isEqualTo(Reports.balanced2019(42));
    }

    @Test
    void standardValidatorFindsNothingInAnyReport() {
        Validator validator = Validator.standard();
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed ->
                assertThat(validator.validate(Reports.balanced(seed))).isEmpty());
    }

    @Test
    void differentSeedsGiveDifferentTables() {
        Set<CellTable<ApplicationRow, ApplicantColumn>> tables = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            tables.add(Reports.balanced2021(seed).applications());
        }
        assertThat(tables).hasSize(20);
    }

    @Test
    void report2021IsInTheFormatItsYearRequires() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = Reports.balanced2021(seed);
            assertThat(report.formatVersion()).isEqualTo(FormatVersion.V2021);
            assertThat(report.year()).isBetween(2021, 2025);
            assertThat(report.applications().rows().keySet()).containsExactlyElementsOf(ApplicationRow.layout(false));
            assertThat(report.proactive().rows().keySet())
                    .containsExactlyElementsOf(ProactiveItem.items(FormatVersion.V2021));
        });
    }

    @Test
    void report2019IsInTheFormatItsYearRequires() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = Reports.balanced2019(seed);
            assertThat(report.formatVersion()).isEqualTo(FormatVersion.V2019);
            assertThat(report.year()).isBetween(2019, 2020);
            assertThat(report.applications().rows().keySet()).containsExactlyElementsOf(ApplicationRow.layout(true));
            assertThat(report.proactive().rows().keySet())
                    .containsExactlyElementsOf(ProactiveItem.items(FormatVersion.V2019));
        });
    }

    @Test
    void everyReportHasAllSixSectionsAndANamedAgency() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = Reports.balanced(seed);
            assertThat(report.sections().keySet()).containsExactlyElementsOf(Section.all());
            assertThat(report.sections().values()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(report.agency()).startsWith("某");
            assertThat(report.title()).isEqualTo(report.agency() + report.year() + "年政府信息公开工作年度报告");
        });
    }

    @Test
    void table3SatisfiesItsArithmeticWithNonNegativeCounts() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            CellTable<ApplicationRow, ApplicantColumn> table = Reports.balanced(seed).applications();
            table.rows().forEach((row, cells) -> {
                assertThat(cells.keySet()).containsExactlyElementsOf(ApplicantColumn.all());
                cells.values().forEach(cell -> assertThat(cell.count().orElseThrow()).isNotNegative());
                long applicants = ApplicantColumn.applicants().stream().mapToLong(c -> count(table, row, c)).sum();
                assertThat(count(table, row, ApplicantColumn.TOTAL)).as("总计 of %s", row).isEqualTo(applicants);
            });
            for (ApplicantColumn column : ApplicantColumn.all()) {
                long outcomes = table.rows().keySet().stream()
                        .filter(ApplicationRow::isOutcome)
                        .mapToLong(row -> count(table, row, column))
                        .sum();
                long resultTotal = count(table, ApplicationRow.RESULT_TOTAL, column);
                assertThat(resultTotal).as("（七）总计 of %s", column).isEqualTo(outcomes);
                assertThat(count(table, ApplicationRow.NEW_RECEIVED, column)
                                + count(table, ApplicationRow.CARRIED_OVER, column))
                        .as("一 + 二 of %s", column)
                        .isEqualTo(resultTotal + count(table, ApplicationRow.CARRIED_FORWARD, column));
            }
        });
    }

    @Test
    void table4GroupsAddUp() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            CellTable<ReviewGroup, ReviewOutcome> table = Reports.balanced(seed).reviewLitigation();
            for (ReviewGroup group : ReviewGroup.all()) {
                long parts = ReviewOutcome.parts().stream()
                        .mapToLong(part -> table.cell(group, part).count().orElseThrow())
                        .sum();
                assertThat(table.cell(group, ReviewOutcome.TOTAL).count()).hasValue(parts);
            }
        });
    }

    @Test
    void nextYearIsValidAndConsistentWithTheYearBefore() {
        Validator validator = Validator.standard();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = Reports.balanced(seed);
            AnnualReport next = Reports.nextYear(report, seed + 1);

            assertThat(next.agency()).isEqualTo(report.agency());
            assertThat(next.year()).isEqualTo(report.year() + 1);
            assertThat(validator.validate(next)).isEmpty();
            assertThat(CrossReportRules.check(next, List.of(report), List.of())).isEmpty();
            for (ApplicantColumn column : ApplicantColumn.all()) {
                assertThat(next.applications().cell(ApplicationRow.CARRIED_OVER, column))
                        .isEqualTo(report.applications().cell(ApplicationRow.CARRIED_FORWARD, column));
            }
        });
    }

    @Test
    void tablesAreNotTrivial() {
        int withOtherApplicants = 0;
        int withReviews = 0;
        for (long seed = 0; seed < 50; seed++) {
            CellTable<ApplicationRow, ApplicantColumn> applications = Reports.balanced2021(seed).applications();
            assertThat(count(applications, ApplicationRow.RESULT_TOTAL, ApplicantColumn.NATURAL_PERSON)).isPositive();
            assertThat(count(applications, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL)
                            + count(applications, ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL))
                    .isPositive();
            if (count(applications, ApplicationRow.RESULT_TOTAL, ApplicantColumn.ORG_COMMERCIAL) > 0) {
                withOtherApplicants++;
            }
            if (Reports.balanced2021(seed).reviewLitigation().cell(ReviewGroup.REVIEW, ReviewOutcome.TOTAL)
                            .count().orElseThrow() > 0) {
                withReviews++;
            }
        }
        assertThat(withOtherApplicants).isBetween(10, 49);
        assertThat(withReviews).isBetween(10, 50);
    }

    private static long count(
            CellTable<ApplicationRow, ApplicantColumn> table, ApplicationRow row, ApplicantColumn column) {
        return table.cell(row, column).count().orElseThrow();
    }
}
