package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.validation.rules.SeedReports.otherNumbers;
import static org.nianbao.core.validation.rules.SeedReports.rewritten;
import static org.nianbao.core.validation.rules.SeedReports.seed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.testkit.Reports;

class CopiedFromPreviousYearRuleTest {
    private static final String LI_LOU = "洛阳市洛龙区李楼镇人民政府";

    private final CopiedFromPreviousYearRule rule = new CopiedFromPreviousYearRule();

    @Test
    void lastYearsTextWithOnlyTheNumbersAndYearChangedIsFound() {
        AnnualReport previous = seed("000");
        AnnualReport report = rewritten(previous, LI_LOU, 2022, SeedReports::otherNumbers);

        assertThat(rule.check(report, List.of(previous))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.XYEAR_COPIED_TEXT);
            assertThat(finding.cell()).isNull();
            assertThat(finding.expected()).isNull();
            assertThat(finding.actual()).isNull();
            assertThat(finding.message()).isEqualTo("正文与2021年报告约100%相同");
        });
    }

    @Test
    void textKeepingNineTenthsOfLastYearsSentencesIsFound() {
        AnnualReport previous = seed("000");
        List<String> otherSentences = List.of(String.join("", seed("004").sections().values()).split("(?<=。)"));
        AnnualReport report =
                rewritten(previous, LI_LOU, 2022, text -> everyTenthSentenceReplaced(text, otherSentences));

        assertThat(rule.check(report, List.of(previous))).singleElement().extracting(Finding::message)
                .asString().matches("正文与2021年报告约(8[0-9]|9[0-9])%相同");
    }

    @Test
    void twoDifferentRealReportsAreNotCopies() {
        AnnualReport previous = rewritten(seed("004"), LI_LOU, 2021, text -> text);
        AnnualReport report = rewritten(seed("000"), LI_LOU, 2022, text -> text);

        assertThat(rule.check(report, List.of(previous))).isEmpty();
    }

    @Test
    void reportsOfYearsOtherThanThePreviousOneAreIgnored() {
        AnnualReport first = seed("000");
        AnnualReport sameYear = rewritten(first, LI_LOU, 2021, SeedReports::otherNumbers);
        AnnualReport twoYearsLater = rewritten(first, LI_LOU, 2023, SeedReports::otherNumbers);
        AnnualReport nextYear = rewritten(first, LI_LOU, 2022, SeedReports::otherNumbers);

        assertThat(rule.check(first, List.of(first, sameYear, twoYearsLater, nextYear))).isEmpty();
        assertThat(rule.check(twoYearsLater, List.of(first, sameYear))).isEmpty();
        assertThat(rule.check(twoYearsLater, List.of(first, nextYear))).hasSize(1);
    }

    @Test
    void shortIdenticalTextsAreNotCompared() {
        AnnualReport previous = Reports.balanced2021(1);
        AnnualReport report = Reports.nextYear(previous, 2);

        assertThat(report.sections()).isEqualTo(previous.sections());
        assertThat(TextFingerprint.of(report).isComparable()).isFalse();
        assertThat(rule.check(report, List.of(previous))).isEmpty();
    }

    @Test
    void reportWithoutAYearHasNoFinding() {
        AnnualReport previous = seed("000");
        AnnualReport report = new AnnualReport(previous.formatVersion(), LI_LOU, null, null, previous.sections(),
                null, null, null);

        assertThat(rule.check(report, List.of(previous))).isEmpty();
    }

    /** Sentence 5, 15, 25 … of {@code text} replaced by a sentence of another report. */
    private static String everyTenthSentenceReplaced(String text, List<String> others) {
        String[] sentences = text.split("(?<=。)");
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            result.append(i % 10 == 5 ? others.get(i % others.size()) : sentences[i]);
        }
        return otherNumbers(result.toString());
    }
}
