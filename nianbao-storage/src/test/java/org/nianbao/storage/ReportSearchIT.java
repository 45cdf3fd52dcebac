package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.storage.Fixtures.T0;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.audit;
import static org.nianbao.storage.Fixtures.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.ReportQuery;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;
import org.nianbao.storage.testing.OnEachDatabase;
import org.nianbao.testkit.Reports;

/** Searching the library: every filter of {@link ReportQuery}, paging, counts and the summaries' finding counts. */
class ReportSearchIT extends OnEachDatabase {
    private ReportLibrary library;
    private Agency county;
    private Agency town;
    private StoredReport seed002;
    private StoredReport town2022;
    private StoredReport latin2021;
    private StoredReport underscore;
    private StoredReport plainName;
    private StoredReport percent;
    private StoredReport percentWord;
    private int minute;

    @BeforeEach
    void storeReports() {
        library = database.reports();
        county = createAgency("偃师区人民政府");
        town = createAgency("某镇人民政府");
        Agency latin = createAgency("ABC开发区管委会");
        // seed 002: two t3.outcome_sum errors and several warnings of its own
        seed002 = library.store(Fixtures.upload(county.id(), seed("002"), List.of()),
                audit("report.upload", "report", ++minute));
        // no finding of its own, one cross-report error
        town2022 = store(town, 2022, List.of(), List.of(Finding.of(RuleId.XYEAR_CARRY_OVER,
                CellPath.of(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL), 4L, 2L, "上年结转与上年报告不符")));
        latin2021 = store(latin, 2021, List.of(Finding.of(RuleId.LABEL_NONSTANDARD,
                CellPath.row(CellPath.APPLICATIONS, ApplicationRow.GRANTED), null, null, "「予以公开」写法不规范")), List.of());
        underscore = store(createAgency("测试_甲局"), 2023, List.of(), List.of());
        plainName = store(createAgency("测试乙局"), 2023, List.of(), List.of());
        percent = store(createAgency("百分%局"), 2024, List.of(), List.of());
        percentWord = store(createAgency("百分比局"), 2024, List.of(), List.of());
    }

    private Agency createAgency(String name) {
        return database.agencies().create(agency(name), audit("agency.create", "agency"));
    }

    private StoredReport store(Agency agency, int year, List<Finding> findings, List<Finding> cross) {
        AnnualReport balanced = Reports.balanced2021(year);
        AnnualReport report = new AnnualReport(FormatVersion.V2021, agency.name(), year, balanced.title(),
                balanced.sections(), balanced.proactive(), balanced.applications(), balanced.reviewLitigation());
        return library.store(Fixtures.upload(agency.id(), report, findings, cross),
                audit("report.upload", "report", ++minute));
    }

    private static ReportQuery query(
            @Nullable Set<Long> agencyIds, @Nullable String name, @Nullable Integer year, @Nullable RuleId rule,
            @Nullable Severity severity) {
        return new ReportQuery(agencyIds, name, year, rule, severity, 100, 0);
    }

    private List<Long> ids(ReportQuery query) {
        List<Long> ids = library.search(query).stream().map(ReportSummary::id).toList();
        assertThat(library.count(query)).as("count of %s", query).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void withoutFiltersEveryReportIsListedNewestFirst() {
        assertThat(ids(ReportQuery.all())).containsExactly(percentWord.id(), percent.id(), plainName.id(),
                underscore.id(), latin2021.id(), town2022.id(), seed002.id());
    }

    @Test
    void aCorrectedReportMovesToTheTop() {
        library.correct(town2022.id(), town2022.current().report(), List.of(), "clerk1", "更正",
                audit("report.correct", "report", 100));
        assertThat(ids(ReportQuery.all())).first().isEqualTo(town2022.id());
    }

    @Test
    void byAgencies() {
        assertThat(ids(query(Set.of(county.id(), town.id()), null, null, null, null)))
                .containsExactly(town2022.id(), seed002.id());
        assertThat(ids(query(Set.of(town.id()), null, null, null, null))).containsExactly(town2022.id());
        assertThat(ids(query(Set.of(), null, null, null, null))).as("an empty scope sees nothing").isEmpty();
        assertThat(ids(query(Set.of(-5L), null, null, null, null))).isEmpty();
    }

    @Test
    void byPartOfTheAgencyNameIgnoringCaseWithLikeCharactersTakenLiterally() {
        assertThat(ids(query(null, "偃师", null, null, null))).containsExactly(seed002.id());
        assertThat(ids(query(null, "人民政府", null, null, null))).containsExactly(town2022.id(), seed002.id());
        assertThat(ids(query(null, "abc", null, null, null))).containsExactly(latin2021.id());
        assertThat(ids(query(null, " aBc开发 ", null, null, null))).containsExactly(latin2021.id());
        assertThat(ids(query(null, "试_", null, null, null))).containsExactly(underscore.id());
        assertThat(ids(query(null, "分%", null, null, null))).containsExactly(percent.id());
        assertThat(ids(query(null, "%", null, null, null))).containsExactly(percent.id());
        assertThat(ids(query(null, "\\", null, null, null))).isEmpty();
        assertThat(ids(query(null, "测试", null, null, null))).containsExactly(plainName.id(), underscore.id());
        assertThat(ids(query(null, "", null, null, null))).hasSize(7);
    }

    @Test
    void byYear() {
        assertThat(ids(query(null, null, 2021, null, null))).containsExactly(latin2021.id(), seed002.id());
        assertThat(ids(query(null, null, 2024, null, null))).containsExactly(percentWord.id(), percent.id());
        assertThat(ids(query(null, null, 2019, null, null))).isEmpty();
    }

    @Test
    void byRuleAndSeverityOfTheCurrentVersionsFindingsAndTheCrossFindings() {
        assertThat(ids(query(null, null, null, RuleId.T3_OUTCOME_SUM, null))).containsExactly(seed002.id());
        assertThat(ids(query(null, null, null, RuleId.XYEAR_CARRY_OVER, null))).containsExactly(town2022.id());
        assertThat(ids(query(null, null, null, RuleId.LABEL_NONSTANDARD, null)))
                .containsExactly(latin2021.id(), seed002.id());
        assertThat(ids(query(null, null, null, RuleId.XAGENCY_COPIED_TEXT, null))).isEmpty();
        assertThat(ids(query(null, null, null, null, Severity.ERROR))).containsExactly(town2022.id(), seed002.id());
        assertThat(ids(query(null, null, null, null, Severity.WARNING)))
                .containsExactly(latin2021.id(), seed002.id());
        assertThat(ids(query(null, null, 2021, null, Severity.ERROR))).containsExactly(seed002.id());
        assertThat(ids(query(Set.of(county.id()), "偃师", 2021, RuleId.T3_OUTCOME_SUM, Severity.ERROR)))
                .containsExactly(seed002.id());
        assertThat(ids(query(Set.of(town.id()), null, null, RuleId.T3_OUTCOME_SUM, null))).isEmpty();
    }

    @Test
    void aCorrectionThatFixesTheErrorsTakesTheReportOutOfAnErrorSearch() {
        library.correct(seed002.id(), seed002.current().report(), List.of(), "reviewer1", "已核实",
                audit("report.correct", "report", 100));
        assertThat(ids(query(null, null, null, RuleId.T3_OUTCOME_SUM, null))).isEmpty();
        assertThat(ids(query(null, null, null, null, Severity.ERROR))).containsExactly(town2022.id());
    }

    @Test
    void pagesOfTheSameOrder() {
        List<Long> all = ids(ReportQuery.all());
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            ReportQuery page = new ReportQuery(null, null, null, null, null, 3, offset);
            List<ReportSummary> summaries = library.search(page);
            assertThat(summaries).hasSizeLessThanOrEqualTo(3);
            assertThat(library.count(page)).isEqualTo(7);
            summaries.forEach(summary -> paged.add(summary.id()));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(library.search(new ReportQuery(null, null, null, null, null, 10, 7))).isEmpty();
        assertThat(library.search(new ReportQuery(null, null, 2023, null, null, 1, 1)))
                .extracting(ReportSummary::id).containsExactly(underscore.id());
    }

    @Test
    void summariesCountErrorsAndWarningsWithTheCrossFindings() {
        ReportSummary seed = summary(seed002);
        assertThat(seed.agencyId()).isEqualTo(county.id());
        assertThat(seed.agencyName()).isEqualTo("偃师区人民政府");
        assertThat(seed.year()).isEqualTo(2021);
        assertThat(seed.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(seed.version()).isEqualTo(1);
        assertThat(seed.errors()).isEqualTo(count(seed002.findings(), Severity.ERROR)).isEqualTo(2);
        assertThat(seed.warnings()).isEqualTo(count(seed002.findings(), Severity.WARNING)).isPositive();
        assertThat(seed.sourceName()).isEqualTo("002_9375a95e759e8e3f.txt");
        assertThat(seed.updatedAt()).isEqualTo(T0.plusSeconds(60));

        ReportSummary town = summary(town2022);
        assertThat(town.errors()).isEqualTo(1);
        assertThat(town.warnings()).isZero();
        assertThat(town.sourceName()).isEqualTo("report.json");

        library.correct(town2022.id(), town2022.current().report(), List.of(Finding.of(RuleId.CELL_MISSING,
                null, null, null, "行政复议 各栏为空")), "clerk1", "补充", audit("report.correct", "report", 100));
        ReportSummary corrected = summary(town2022);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.errors()).isEqualTo(1);
        assertThat(corrected.warnings()).isEqualTo(1);
        assertThat(corrected.updatedAt()).isEqualTo(T0.plusSeconds(6000));
    }

    private ReportSummary summary(StoredReport report) {
        return library.search(ReportQuery.all()).stream()
                .filter(summary -> summary.id() == report.id())
                .findFirst()
                .orElseThrow();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
