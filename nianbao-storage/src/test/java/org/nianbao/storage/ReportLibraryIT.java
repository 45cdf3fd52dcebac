package org.nianbao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.storage.Fixtures.T0;
import static org.nianbao.storage.Fixtures.agency;
import static org.nianbao.storage.Fixtures.asStored;
import static org.nianbao.storage.Fixtures.audit;
import static org.nianbao.storage.Fixtures.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.NewReport;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.usecase.CheckedReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;
import org.nianbao.core.validation.Validator;
import org.nianbao.storage.testing.OnEachDatabase;
import org.nianbao.testkit.CorpusCase;
import org.nianbao.testkit.Reports;

class ReportLibraryIT extends OnEachDatabase {

    private ReportLibrary library() {
        return database.reports();
    }

    private Agency createAgency(String name) {
        return database.agencies().create(agency(name), audit("agency.create", "agency"));
    }

    /** A finding with a decimal whose trailing zero matters (five decimals: t2.fee_unit) and a page. */
    private static Finding feeFinding() {
        return new Finding(RuleId.T2_FEE_UNIT, Severity.WARNING,
                CellPath.of(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN), null, new BigDecimal("6133.04380"),
                "行政事业性收费「6133.04380」万元有5位小数", 33, 2);
    }

    private static Finding crossFinding(long expected, long actual, int line) {
        return Finding.of(RuleId.XYEAR_CARRY_OVER,
                CellPath.of(ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL), expected, actual,
                "上年结转 " + actual + " 件，上年报告结转下年度继续办理 " + expected + " 件").withLine(line);
    }

    @Test
    void aStoredSeedReadsBackAsItWasStored() {
        Agency agency = createAgency("偃师区人民政府");
        CorpusCase seed = seed("002");
        CheckedReport checked = Fixtures.check(seed);
        List<Finding> findings = new ArrayList<>(checked.findings());
        findings.add(feeFinding());
        List<Finding> cross = List.of(crossFinding(5, 3, 40));
        NewReport upload = Fixtures.upload(agency.id(), seed, checked.report(), findings, cross);

        StoredReport stored = library().store(upload, audit("report.upload", "report", 1));

        assertThat(checked.findings()).extracting(Finding::line).doesNotContainNull();
        StoredReport found = library().find(stored.id()).orElseThrow();
        for (StoredReport report : List.of(stored, found)) {
            assertThat(report.agency()).isEqualTo(agency);
            assertThat(report.year()).isEqualTo(2021);
            ReportVersion current = report.current();
            assertThat(current.number()).isEqualTo(1);
            assertThat(current.reportId()).isEqualTo(report.id());
            assertThat(CanonicalJson.write(current.report())).isEqualTo(CanonicalJson.write(checked.report()));
            assertThat(current.report()).isEqualTo(checked.report());
            assertThat(current.findings()).isEqualTo(asStored(findings));
            assertThat(report.crossFindings()).isEqualTo(cross);
            assertThat(report.findings()).hasSize(findings.size() + 1);
            assertThat(current.source()).isEqualTo(upload.source());
            assertThat(current.createdBy()).isEqualTo("clerk1");
            assertThat(current.createdAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(current.reason()).isNull();
        }
        assertThat(found).isEqualTo(stored);
        assertThat(found.current().findings()).last().satisfies(fee -> {
            assertThat(fee.actual()).isEqualTo(new BigDecimal("6133.04380"));
            assertThat(fee.line()).isEqualTo(33);
            assertThat(fee.page()).isEqualTo(2);
        });
        assertThat(found.current().findings())
                .filteredOn(finding -> finding.rule() == RuleId.T3_OUTCOME_SUM)
                .extracting(Finding::expected, Finding::actual, Finding::line)
                .contains(org.assertj.core.groups.Tuple.tuple(45L, 48L, 87));
        byte[] bytes = library().sourceBytes(found.current().id()).orElseThrow();
        assertThat(bytes).isEqualTo(Fixtures.bytes(seed));
        assertThat(Fixtures.sha256(bytes)).isEqualTo(found.current().source().sha256());
    }

    @Test
    void everySeedRoundTrips() {
        Agency agency = createAgency("某县人民政府");
        List<CorpusCase> seeds = org.nianbao.testkit.Corpus.seeds().toList();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        for (CorpusCase seed : seeds) {
            CheckedReport checked = Fixtures.check(seed);
            StoredReport stored = library().store(
                    Fixtures.upload(agency.id(), seed, List.of()), audit("report.upload", "report"));
            StoredReport found = library().find(stored.id()).orElseThrow();
            assertThat(CanonicalJson.write(found.current().report())).as(seed.toString())
                    .isEqualTo(CanonicalJson.write(checked.report()));
            assertThat(found.current().findings()).as(seed.toString()).isEqualTo(asStored(checked.findings()));
            assertThat(library().sourceBytes(found.current().id())).get().isEqualTo(Fixtures.bytes(seed));
        }
    }

    @Test
    void aCorrectionAddsVersionTwoAndKeepsVersionOne() {
        Agency agency = createAgency("偃师区人民政府");
        CorpusCase seed = seed("002");
        CheckedReport checked = Fixtures.check(seed);
        List<Finding> cross = List.of(crossFinding(5, 3, 40));
        StoredReport first = library().store(
                Fixtures.upload(agency.id(), seed, checked.report(), checked.findings(), cross),
                audit("report.upload", "report", 1));
        AnnualReport corrected = withTotal(checked.report(), 45);
        List<Finding> newFindings = Validator.standard().validate(corrected);

        StoredReport second = library().correct(first.id(), corrected, newFindings, "reviewer1", "  总计按各项之和更正 ",
                audit("report.correct", "report", 5));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.current().number()).isEqualTo(2);
        assertThat(second.current().report()).isEqualTo(corrected);
        assertThat(second.current().findings()).isEqualTo(asStored(newFindings));
        assertThat(second.current().reason()).isEqualTo("总计按各项之和更正");
        assertThat(second.current().createdBy()).isEqualTo("reviewer1");
        assertThat(second.current().createdAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(second.current().source()).isEqualTo(first.current().source());
        assertThat(second.crossFindings()).as("cross findings belong to the report").isEqualTo(cross);
        assertThat(library().sourceBytes(second.current().id())).get().isEqualTo(Fixtures.bytes(seed));

        List<ReportVersion> versions = library().versions(first.id());
        assertThat(versions).extracting(ReportVersion::number).containsExactly(1, 2);
        assertThat(versions.get(0)).isEqualTo(first.current());
        assertThat(versions.get(1)).isEqualTo(second.current());
        assertThat(library().find(first.id())).contains(second);
    }

    @Test
    void aCorrectionStatingAnotherYearMovesTheReport() {
        Agency agency = createAgency("某县人民政府");
        AnnualReport report = Reports.balanced2021(2);
        StoredReport stored = library().store(Fixtures.upload(agency.id(), report, List.of(), List.of()),
                audit("report.upload", "report"));
        AnnualReport otherYear = new AnnualReport(report.formatVersion(), report.agency(), report.year() + 1,
                report.title(), report.sections(), report.proactive(), report.applications(),
                report.reviewLitigation());
        AnnualReport noYear = new AnnualReport(report.formatVersion(), report.agency(), null, report.title(),
                report.sections(), report.proactive(), report.applications(), report.reviewLitigation());

        assertThat(library().correct(stored.id(), otherYear, List.of(), "clerk1", "年度写错", audit("report.correct",
                "report")).year()).isEqualTo(report.year() + 1);
        assertThat(library().correct(stored.id(), noYear, List.of(), "clerk1", "删去年度", audit("report.correct",
                "report")).year()).isEqualTo(report.year() + 1);
    }

    @Test
    void writesThatNameNothingOrLackAReasonAreRefused() {
        Agency agency = createAgency("某县人民政府");
        AnnualReport report = Reports.balanced2021(4);
        NewReport upload = Fixtures.upload(agency.id(), report, List.of(), List.of());
        StoredReport stored = library().store(upload, audit("report.upload", "report"));

        assertThatThrownBy(() -> library().store(Fixtures.upload(agency.id() + 1000, report, List.of(), List.of()),
                audit("report.upload", "report")))
                .isInstanceOf(MissingRecordException.class).hasMessageContaining("单位不存在");
        assertThatThrownBy(() -> library().correct(stored.id() + 1000, report, List.of(), "clerk1", "更正",
                audit("report.correct", "report")))
                .isInstanceOf(MissingRecordException.class).hasMessageContaining("报告不存在");
        assertThatThrownBy(() -> library().correct(stored.id(), report, List.of(), "clerk1", " ",
                audit("report.correct", "report")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("修改原因");
        assertThatThrownBy(() -> library().replaceCrossFindings(stored.id() + 1000, List.of()))
                .isInstanceOf(MissingRecordException.class);
        NewReport wrongHash = new NewReport(agency.id(), 2021, new org.nianbao.core.library.SourceFile("a.json",
                upload.content().length, "00", "json"), upload.content(), report, List.of(), List.of(), "clerk1");
        assertThatThrownBy(() -> library().store(wrongHash, audit("report.upload", "report")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");

        assertThat(library().versions(stored.id())).hasSize(1);
        assertThat(library().count(org.nianbao.core.library.ReportQuery.all())).isEqualTo(1);
        assertThat(library().find(stored.id() + 1000)).isEmpty();
        assertThat(library().versions(stored.id() + 1000)).isEmpty();
        assertThat(library().sourceBytes(-1)).isEmpty();
    }

    @Test
    void crossFindingsAreReplacedAndKeepTheVersionsOwn() {
        Agency agency = createAgency("偃师区人民政府");
        CorpusCase seed = seed("002");
        StoredReport stored = library().store(Fixtures.upload(agency.id(), seed, List.of(crossFinding(5, 3, 40))),
                audit("report.upload", "report"));
        List<Finding> replacement = List.of(crossFinding(7, 3, 41), Finding.of(RuleId.XAGENCY_COPIED_TEXT,
                CellPath.section(org.nianbao.core.report.Section.PROBLEMS), null, null, "与另一单位报告的文字相同"));

        library().replaceCrossFindings(stored.id(), replacement);
        StoredReport replaced = library().find(stored.id()).orElseThrow();
        assertThat(replaced.crossFindings()).isEqualTo(replacement);
        assertThat(replaced.current()).isEqualTo(stored.current());

        library().replaceCrossFindings(stored.id(), List.of());
        assertThat(library().find(stored.id()).orElseThrow().crossFindings()).isEmpty();
        assertThat(library().find(stored.id()).orElseThrow().current()).isEqualTo(stored.current());
    }

    @Test
    void ofAgencyAndOfYearGiveTheNewestReportOfEachYearAndAgency() {
        Agency county = createAgency("某县人民政府");
        Agency town = createAgency("某镇人民政府");
        StoredReport county2021 = store(county, 2021, 1);
        StoredReport county2022First = store(county, 2022, 2);
        StoredReport county2022Second = store(county, 2022, 3);
        StoredReport county2023 = store(county, 2023, 4);
        store(county, null, 5);
        StoredReport town2022 = store(town, 2022, 6);
        // corrected later, but uploaded before the second 2022 report: the second stays the newest
        library().correct(county2022First.id(), county2022First.current().report(), List.of(), "clerk1", "更正",
                audit("report.correct", "report", 10));

        assertThat(library().ofAgency(county.id())).extracting(StoredReport::id)
                .containsExactly(county2021.id(), county2022Second.id(), county2023.id());
        assertThat(library().ofAgency(town.id())).extracting(StoredReport::id).containsExactly(town2022.id());
        // by name: 县 (U+53BF) before 镇 (U+9547)
        assertThat(library().ofYear(2022)).extracting(StoredReport::id)
                .containsExactly(county2022Second.id(), town2022.id());
        assertThat(library().ofYear(2022).get(0)).isEqualTo(library().find(county2022Second.id()).orElseThrow());
        assertThat(library().ofYear(2030)).isEmpty();
        assertThat(library().ofAgency(county.id() + 1000)).isEmpty();
    }

    @Test
    void aReportMovedToAnotherYearByACorrectionChangesWhichIsNewest() {
        Agency county = createAgency("某县人民政府");
        StoredReport older2022 = store(county, 2022, 1);
        StoredReport only2023 = store(county, 2023, 2);
        StoredReport newer2022 = store(county, 2022, 3);
        AnnualReport report = newer2022.current().report();
        AnnualReport as2023 = new AnnualReport(report.formatVersion(), report.agency(), 2023, report.title(),
                report.sections(), report.proactive(), report.applications(), report.reviewLitigation());

        library().correct(newer2022.id(), as2023, List.of(), "clerk1", "年度写错", audit("report.correct", "report", 10));

        // 2022 falls back to the older upload; 2023 now has two reports, and the moved one was stored last (newest
        // is the one stored last, not the one changed last)
        assertThat(library().ofAgency(county.id())).extracting(StoredReport::id)
                .containsExactly(older2022.id(), newer2022.id());
        assertThat(library().ofYear(2023)).extracting(StoredReport::id).containsExactly(newer2022.id())
                .doesNotContain(only2023.id());
    }

    private StoredReport store(Agency agency, Integer year, int minutes) {
        AnnualReport balanced = Reports.balanced2021(minutes);
        AnnualReport report = new AnnualReport(balanced.formatVersion(), agency.name(), year, balanced.title(),
                balanced.sections(), balanced.proactive(), balanced.applications(), balanced.reviewLitigation());
        return library().store(Fixtures.upload(agency.id(), report, List.of(), List.of()),
                audit("report.upload", "report", minutes));
    }

    /** The report with （七）总计·总计 set to {@code total}. */
    private static AnnualReport withTotal(AnnualReport report, long total) {
        return report.withApplications(
                report.applications().with(ApplicationRow.RESULT_TOTAL, ApplicantColumn.TOTAL, Cell.of(total)));
    }
}
