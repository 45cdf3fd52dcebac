package org.nianbao.testkit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;

/**
 * Builders of valid in-memory reports for tests: every table filled, all arithmetic of tables 三 and 四
 * satisfied, the six sections present with neutral text that states no count, no other year and no
 * self-reference, so that {@code Validator.standard()} finds nothing wrong with them.
 *
 * <p>The same seed always gives the same report, so a failing property names its seed and the report can be
 * rebuilt with {@code Reports.balanced2021(seed)}. Counts vary with the seed: many cells are zero, as in real
 * reports, and the 自然人 column carries most applications.
 */
public final class Reports {
    private static final List<String> AGENCIES = List.of("某市某局", "某市某区某局", "某县某局", "某市某委员会");
    private static final Map<Section, String> NEUTRAL_TEXT = neutralText();

    private Reports() {}

    /** A balanced report in the 2021 format (seed 1). */
    public static AnnualReport balanced2021() {
        return balanced2021(1);
    }

    /**
     * A balanced report in the 2021 format: year 2021 to 2025, table 三 with the three （六）其他处理 rows
     * ({@code ApplicationRow.layout(false)}), the fee in 万元 with up to four decimals.
     */
    public static AnnualReport balanced2021(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int year = 2021 + random.nextInt(5);
        return report(FormatVersion.V2021, year, random, ApplicationRow.layout(false));
    }

    /** A balanced report in the 2019 format (seed 1). */
    public static AnnualReport balanced2019() {
        return balanced2019(1);
    }

    /**
     * A balanced report in the 2019 format: year 2019 or 2020, table 三 with one （六）其他处理 row
     * ({@code ApplicationRow.layout(true)}), table 二 with the 2019 columns (signed 本年增/减, 政府集中采购).
     */
    public static AnnualReport balanced2019(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int year = 2019 + random.nextInt(2);
        return report(FormatVersion.V2019, year, random, ApplicationRow.layout(true));
    }

    /** A balanced report in either format: {@link #balanced2021} for an even seed, {@link #balanced2019} for odd. */
    public static AnnualReport balanced(long seed) {
        return (seed & 1) == 0 ? balanced2021(seed) : balanced2019(seed);
    }

    /**
     * The same agency's report of the following year, balanced like every report here and consistent with
     * {@code report} across the years: its 二、上年结转 is {@code report}'s 四、结转下年度继续办理, column by column,
     * and its 现行有效件数 of 规章 and 行政规范性文件 is {@code report}'s plus this year's 制发 minus 废止 (when both
     * years print 现行有效件数). It is in the format its year requires and has the same neutral text, which is too
     * short for the copied-text rules to compare. The seed chooses the other counts.
     *
     * @throws IllegalArgumentException when {@code report} has no year or no table 三
     */
    public static AnnualReport nextYear(AnnualReport report, long seed) {
        if (report.year() == null || report.applications() == null) {
            throw new IllegalArgumentException("a following year needs a report with a year and a table 三");
        }
        int year = report.year() + 1;
        FormatVersion version = year >= 2021 ? FormatVersion.V2021 : FormatVersion.V2019;
        SplittableRandom random = new SplittableRandom(seed);
        return new AnnualReport(
                version,
                report.agency(),
                year,
                report.agency() + year + "年政府信息公开工作年度报告",
                NEUTRAL_TEXT,
                proactive(version, random, report.proactive()),
                applications(random, ApplicationRow.layout(version == FormatVersion.V2019), report.applications()),
                review(random));
    }

    /**
     * A balanced table 三 over the rows of {@link ApplicationRow#layout(boolean)} (with {@code true} in a 2021 report,
     * the hybrid layout): per row 总计 is the sum of the six applicant columns; per column （七）总计 is the sum of
     * the outcome rows and 一 + 二 = （七）总计 + 四.
     */
    public static CellTable<ApplicationRow, ApplicantColumn> balancedApplications(
            long seed, List<ApplicationRow> rows) {
        return applications(new SplittableRandom(seed), rows, null);
    }

    private static AnnualReport report(
            FormatVersion version, int year, SplittableRandom random, List<ApplicationRow> rows) {
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        return new AnnualReport(
                version,
                agency,
                year,
                agency + year + "年政府信息公开工作年度报告",
                NEUTRAL_TEXT,
                proactive(version, random, null),
                applications(random, rows, null),
                review(random));
    }

    /** Table 三; with {@code previous}, 上年结转 is its 结转下年度 (an outcome grows when that is needed). */
    private static CellTable<ApplicationRow, ApplicantColumn> applications(SplittableRandom random,
            List<ApplicationRow> rows, @Nullable CellTable<ApplicationRow, ApplicantColumn> previous) {
        List<ApplicationRow> outcomes = rows.stream().filter(ApplicationRow::isOutcome).toList();
        Map<ApplicationRow, Map<ApplicantColumn, Long>> values = new EnumMap<>(ApplicationRow.class);
        rows.forEach(row -> values.put(row, new EnumMap<>(ApplicantColumn.class)));
        for (ApplicantColumn column : ApplicantColumn.applicants()) {
            // 自然人 dominates real tables; the other applicant kinds are often all zero.
            int largest = column == ApplicantColumn.NATURAL_PERSON ? 40 : random.nextInt(4) == 0 ? 0 : 6;
            long resultTotal = 0;
            for (ApplicationRow outcome : outcomes) {
                long value = largest == 0 || random.nextInt(3) == 0 ? 0 : random.nextInt(largest + 1);
                values.get(outcome).put(column, value);
                resultTotal += value;
            }
            long carriedForward = largest == 0 ? 0 : random.nextInt(largest / 4 + 2);
            long carriedOver = previous == null
                    ? random.nextInt((int) Math.min(resultTotal + carriedForward, largest / 4 + 1) + 1)
                    : previous.cell(ApplicationRow.CARRIED_FORWARD, column).count().orElse(0);
            if (carriedOver > resultTotal + carriedForward) {
                long more = carriedOver - resultTotal - carriedForward;
                values.get(ApplicationRow.GRANTED).merge(column, more, Long::sum);
                resultTotal += more;
            }
            values.get(ApplicationRow.RESULT_TOTAL).put(column, resultTotal);
            values.get(ApplicationRow.CARRIED_FORWARD).put(column, carriedForward);
            values.get(ApplicationRow.CARRIED_OVER).put(column, carriedOver);
            values.get(ApplicationRow.NEW_RECEIVED).put(column, resultTotal + carriedForward - carriedOver);
        }
        CellTable.Builder<ApplicationRow, ApplicantColumn> table = CellTable.builder();
        for (ApplicationRow row : rows) {
            long total = 0;
            for (ApplicantColumn column : ApplicantColumn.applicants()) {
                long value = values.get(row).get(column);
                table.put(row, column, Cell.of(value));
                total += value;
            }
            table.put(row, ApplicantColumn.TOTAL, Cell.of(total));
        }
        return table.build();
    }

    private static CellTable<ReviewGroup, ReviewOutcome> review(SplittableRandom random) {
        CellTable.Builder<ReviewGroup, ReviewOutcome> table = CellTable.builder();
        for (ReviewGroup group : ReviewGroup.all()) {
            int largest = group == ReviewGroup.REVIEW ? 8 : 3;
            long total = 0;
            for (ReviewOutcome part : ReviewOutcome.parts()) {
                long value = random.nextInt(2) == 0 ? 0 : random.nextInt(largest + 1);
                table.put(group, part, Cell.of(value));
                total += value;
            }
            table.put(group, ReviewOutcome.TOTAL, Cell.of(total));
        }
        return table.build();
    }

    /** Table 二; with {@code previous}, 现行有效件数 continues its count where both years print it. */
    private static CellTable<ProactiveItem, ProactiveColumn> proactive(FormatVersion version, SplittableRandom random,
            @Nullable CellTable<ProactiveItem, ProactiveColumn> previous) {
        CellTable.Builder<ProactiveItem, ProactiveColumn> table = CellTable.builder();
        for (ProactiveItem item : ProactiveItem.items(version)) {
            OptionalLong before = previous == null
                    ? OptionalLong.empty()
                    : previous.cell(item, ProactiveColumn.IN_FORCE).count();
            if (before.isPresent() && item.columns(version).contains(ProactiveColumn.IN_FORCE)) {
                int largest = largestCount(item, ProactiveColumn.ISSUED);
                long issued = random.nextInt(largest + 1);
                long repealed = random.nextInt((int) Math.min(before.getAsLong() + issued, largest) + 1);
                table.put(item, ProactiveColumn.ISSUED, Cell.of(issued));
                table.put(item, ProactiveColumn.REPEALED, Cell.of(repealed));
                table.put(item, ProactiveColumn.IN_FORCE, Cell.of(before.getAsLong() + issued - repealed));
                continue;
            }
            for (ProactiveColumn column : item.columns(version)) {
                table.put(item, column, proactiveCell(item, column, random));
            }
        }
        return table.build();
    }

    private static Cell proactiveCell(ProactiveItem item, ProactiveColumn column, SplittableRandom random) {
        switch (column.type()) {
            case SIGNED_COUNT:
                return Cell.of(random.nextInt(41) - 20);
            case AMOUNT:
                return feeInWan(random);
            case AMOUNT_WITH_UNIT:
                return new Cell.Amount(BigDecimal.valueOf(random.nextInt(2_000_000)), "元");
            default:
                return Cell.of(random.nextInt(largestCount(item, column) + 1));
        }
    }

    private static int largestCount(ProactiveItem item, ProactiveColumn column) {
        if (item == ProactiveItem.REGULATION) {
            return 3;
        }
        if (column == ProactiveColumn.DECISIONS) {
            return 30_000;
        }
        return column == ProactiveColumn.IN_FORCE || column == ProactiveColumn.TOTAL_PUBLISHED ? 2_000 : 100;
    }

    /** 万元 with up to four decimals, as in "6133.0438"; more decimals would be a t2.fee_unit warning. */
    private static Cell feeInWan(SplittableRandom random) {
        int scale = random.nextInt(5);
        return new Cell.Amount(BigDecimal.valueOf(random.nextLong(10_000L * pow10(scale)), scale), null);
    }

    private static long pow10(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }

    private static Map<Section, String> neutralText() {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.put(Section.OVERVIEW, "本机关坚持以公开为常态、不公开为例外，持续推进政务公开工作，"
                + "不断完善工作机制，提升公开质量。");
        sections.put(Section.PROACTIVE, "本机关通过门户网站及时发布政策文件和工作动态，做好政策解读。");
        sections.put(Section.APPLICATIONS, "本机关依法规范办理政府信息公开申请，严格履行答复程序，各项数据详见下表。");
        sections.put(Section.REVIEW_LITIGATION, "本机关政府信息公开行政复议、行政诉讼情况详见下表。");
        sections.put(Section.PROBLEMS, "工作中仍存在公开内容不够全面等问题，本机关将进一步加强培训，健全工作制度。");
        sections.put(Section.OTHER, "本机关无其他需要报告的事项。");
        return Map.copyOf(sections);
    }
}
