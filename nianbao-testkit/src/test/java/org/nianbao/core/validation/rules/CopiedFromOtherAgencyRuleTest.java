package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.core.validation.rules.SeedReports.otherNumbers;
import static org.nianbao.core.validation.rules.SeedReports.rewritten;
import static org.nianbao.core.validation.rules.SeedReports.seed;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.testkit.Reports;

class CopiedFromOtherAgencyRuleTest {
    private static final String BAI_MA = "洛阳市洛龙区白马镇人民政府";

    private final CopiedFromOtherAgencyRule rule = new CopiedFromOtherAgencyRule();

    @Test
    void anotherAgencysTextWithItsNameAndNumbersChangedIsFoundOnBothReports() {
        AnnualReport original = seed("000");
        AnnualReport copy = rewritten(original, BAI_MA, 2021, text -> otherNumbers(text.replace("李楼", "白马")));

        assertThat(rule.check(copy, List.of(original))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleId.XAGENCY_COPIED_TEXT);
            assertThat(finding.cell()).isNull();
            assertThat(finding.expected()).isNull();
            assertThat(finding.actual()).isNull();
            assertThat(finding.message()).isEqualTo("正文与洛阳市洛龙区李楼镇人民政府2021年报告约100%相同");
        });
        assertThat(rule.check(original, List.of(copy))).singleElement().extracting(Finding::message)
                .isEqualTo("正文与洛阳市洛龙区白马镇人民政府2021年报告约100%相同");
    }

    @Test
    void onlyTheMostSimilarOfSeveralCopiedReportsIsNamed() {
        AnnualReport original = seed("000");
        AnnualReport exact = rewritten(original, BAI_MA, 2021, text -> text.replace("李楼", "白马"));
        AnnualReport partial = rewritten(original, "洛阳市洛龙区古城乡人民政府", 2021,
                text -> text.replace("李楼", "古城").substring(0, text.length() * 9 / 10) + "本乡另有其他工作安排。");
        List<AnnualReport> others = List.of(seed("004"), partial, exact, seed("002"));

        assertThat(rule.check(original, others)).singleElement().extracting(Finding::message)
                .isEqualTo("正文与洛阳市洛龙区白马镇人民政府2021年报告约100%相同");
        assertThat(rule.check(original, List.of(partial))).singleElement().extracting(Finding::message)
                .asString().startsWith("正文与洛阳市洛龙区古城乡人民政府2021年报告约");
    }

    @Test
    void differentRealReportsOfTheSameYearAreNotCopies() {
        List<AnnualReport> reports = new ArrayList<>();
        for (String prefix : List.of("000", "001", "002", "004")) {
            reports.add(seed(prefix));
        }

        for (AnnualReport report : reports) {
            assertThat(report.year()).isEqualTo(2021);
            assertThat(rule.check(report, reports)).as(report.agency()).isEmpty();
        }
    }

    @Test
    void reportsOfOtherYearsAreIgnored() {
        AnnualReport original = seed("000");
        AnnualReport copyNextYear = rewritten(original, BAI_MA, 2022, SeedReports::otherNumbers);
        AnnualReport copyLastYear = rewritten(original, BAI_MA, 2020, SeedReports::otherNumbers);

        assertThat(rule.check(original, List.of(copyNextYear, copyLastYear))).isEmpty();
    }

    @Test
    void reportOfTheSameAgencyNameAndTheReportItselfAreNotOtherAgencies() {
        AnnualReport original = seed("000");
        AnnualReport secondEdition = rewritten(original, original.agency(), 2021, SeedReports::otherNumbers);

        assertThat(rule.check(original, List.of(original, secondEdition))).isEmpty();
    }

    @Test
    void shortIdenticalTextsAreNotCompared() {
        AnnualReport report = Reports.balanced2021(1);
        AnnualReport other = rewritten(report, "某省某厅", report.year(), text -> text);

        assertThat(rule.check(report, List.of(other))).isEmpty();
    }

    @Test
    void reportNamingNoAgencyIsNamedAsUnnamed() {
        AnnualReport original = seed("000");
        AnnualReport unnamed = new AnnualReport(original.formatVersion(), null, 2021, null, original.sections(),
                null, null, null);

        assertThat(rule.check(original, List.of(unnamed))).singleElement().extracting(Finding::message)
                .asString().startsWith("正文与未署名单位2021年报告约");
    }
}
