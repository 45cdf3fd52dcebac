package org.nianbao.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Keyed;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Section;
import org.nianbao.testkit.Reports;

/**
 * Round trips of the canonical JSON over generated reports. The generated value is a seed: the report is
 * {@link Reports#balanced(long)} with, depending on the same seed, blank cells, missing sections, tables, agency,
 * year or title, negative and very large counts, and fees such as {@code "6133.0438"} or {@code "0.00"}. Only
 * values the canonical JSON can hold are generated: an {@link Cell.Unreadable} cell is written as {@code null}
 * and comes back blank by design (see {@code CanonicalJsonTest} in nianbao-core).
 */
class CanonicalJsonPropertiesTest {

    @Test
    void writingWhatWasReadGivesTheSameText() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            String written = CanonicalJson.write(roughReport(seed));

            assertThat(CanonicalJson.write(CanonicalJson.read(written))).isEqualTo(written);
        });
    }

    @Test
    void readingWhatWasWrittenGivesTheSameReport() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            AnnualReport report = roughReport(seed);

            assertThat(CanonicalJson.read(CanonicalJson.write(report))).isEqualTo(report);
        });
    }

    @Test
    void feeKeepsEveryDecimalAsWritten() {
        for (String fee : List.of("6133.0438", "0", "0.00", "12.5", "0.0001")) {
            AnnualReport report = Reports.balanced2021(7).withProactive(Reports.balanced2021(7).proactive().with(
                    ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN, new Cell.Amount(new BigDecimal(fee), null)));

            String written = CanonicalJson.write(report);

            assertThat(written).contains("\"amount_wan\": \"" + fee + "\"");
            assertThat(CanonicalJson.read(written)).isEqualTo(report);
        }
    }

    /** A balanced report roughened by the seed in every way the canonical JSON can represent. */
    private static AnnualReport roughReport(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AnnualReport report = Reports.balanced(seed);
        Map<Section, String> sections = new EnumMap<>(report.sections());
        sections.keySet().removeIf(section -> random.nextInt(6) == 0);
        return new AnnualReport(
                report.formatVersion(),
                random.nextInt(8) == 0 ? null : report.agency(),
                random.nextInt(8) == 0 ? null : report.year(),
                random.nextInt(8) == 0 ? null : report.title(),
                sections,
                random.nextInt(10) == 0 ? null : roughen(report.proactive(), random),
                random.nextInt(10) == 0 ? null : roughen(report.applications(), random),
                random.nextInt(10) == 0 ? null : roughen(report.reviewLitigation(), random));
    }

    private static <R extends Enum<R> & Keyed, C extends Enum<C> & Keyed> CellTable<R, C> roughen(
            CellTable<R, C> table, SplittableRandom random) {
        List<R> rows = new ArrayList<>(table.rows().keySet());
        int changes = random.nextInt(6);
        for (int i = 0; i < changes; i++) {
            R row = rows.get(random.nextInt(rows.size()));
            List<C> columns = new ArrayList<>(table.rows().get(row).keySet());
            C column = columns.get(random.nextInt(columns.size()));
            table = table.with(row, column, roughCell(table.cell(row, column), random));
        }
        return table;
    }

    private static Cell roughCell(Cell cell, SplittableRandom random) {
        if (cell instanceof Cell.Amount amount) {
            return random.nextBoolean()
                    ? Cell.BLANK
                    : new Cell.Amount(new BigDecimal(random.nextBoolean() ? "6133.0438" : "0.00"), amount.unit());
        }
        switch (random.nextInt(4)) {
            case 0:
                return Cell.of(-1 - random.nextInt(100));
            case 1:
                return Cell.of(random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            default:
                return Cell.BLANK;
        }
    }
}
