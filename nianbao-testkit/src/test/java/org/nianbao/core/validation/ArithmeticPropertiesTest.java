package org.nianbao.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.testkit.Reports;

/**
 * Properties of the arithmetic rules of tables 三 and 四 over generated reports (architecture §9.9). The
 * generated value is the seed of {@link Reports#balanced(long)} (even: 2021 format, odd: 2019 format), so a
 * falsifying value printed by QuickTheories rebuilds the report; {@code -DQT_SEED=…} replays a whole run.
 *
 * <p>What "one wrong cell" gives, as asserted here:
 * <ul>
 *   <li>Table 三: exactly one arithmetic finding, on the changed cell itself, with {@code expected} the value the
 *       other cells imply (the original value) and {@code actual} the changed value. Its rule follows decision
 *       0004: the rule of the equation whose printed total the cell is, the first of row_total, outcome_sum,
 *       balance when it is several (总计 column → {@code t3.row_total}; （七）总计 row → {@code t3.outcome_sum};
 *       四、结转下年度 row → {@code t3.balance}), and {@code t3.row_total} for a cell that is no printed total.</li>
 *   <li>Table 四: exactly one {@code t4.group_total} finding, always on the group's printed 总计 (the changed cell,
 *       or the total of the changed cell's group), with {@code expected} the sum of the four outcomes and
 *       {@code actual} the printed total.</li>
 *   <li>Every other finding is the same as for the unchanged report.</li>
 * </ul>
 */
class ArithmeticPropertiesTest {
    private static final Set<RuleId> ARITHMETIC =
            Set.of(RuleId.T3_ROW_TOTAL, RuleId.T3_OUTCOME_SUM, RuleId.T3_BALANCE, RuleId.T4_GROUP_TOTAL);
    private static final int LARGEST_DELTA = 500;

    private final Validator validator = Validator.standard();

    @Test
    void balancedReportHasNoArithmeticFindingAndNoError() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            List<Finding> findings = validator.validate(Reports.balanced(seed));

            assertThat(findings)
                    .filteredOn(finding -> finding.rule().id().startsWith("t3.") || finding.rule().id().startsWith("t4."))
                    .isEmpty();
            assertThat(findings).filteredOn(finding -> finding.severity() == Severity.ERROR).isEmpty();
        });
    }

    @Test
    void oneChangedTable3CellGivesOneFindingOnThatCell() {
        int cells = ApplicationRow.layout(false).size() * ApplicantColumn.all().size();
        qt().withExamples(1000)
                .forAll(longs().all(), integers().between(0, cells - 1), integers().between(1, LARGEST_DELTA),
                        booleans().all())
                .checkAssert((seed, index, delta, downwards) -> {
                    AnnualReport report = Reports.balanced(seed);
                    CellTable<ApplicationRow, ApplicantColumn> table = report.applications();
                    List<ApplicationRow> rows = List.copyOf(table.rows().keySet());
                    ApplicationRow row = rows.get(index / ApplicantColumn.all().size() % rows.size());
                    ApplicantColumn column = ApplicantColumn.all().get(index % ApplicantColumn.all().size());
                    long before = table.cell(row, column).count().orElseThrow();
                    long after = changed(before, delta, downwards);

                    Finding finding = onlyArithmeticFinding(
                            report, report.withApplications(table.with(row, column, Cell.of(after))));

                    assertThat(finding.cell()).isEqualTo(CellPath.of(row, column));
                    assertThat(finding.expected()).isEqualTo(before);
                    assertThat(finding.actual()).isEqualTo(after);
                    assertThat(finding.rule()).isEqualTo(ruleFor(row, column));
                });
    }

    @Test
    void oneChangedTable4CellGivesOneFindingOnItsGroupTotal() {
        int cells = ReviewGroup.all().size() * ReviewOutcome.all().size();
        qt().withExamples(500)
                .forAll(longs().all(), integers().between(0, cells - 1), integers().between(1, LARGEST_DELTA),
                        booleans().all())
                .checkAssert((seed, index, delta, downwards) -> {
                    AnnualReport report = Reports.balanced(seed);
                    CellTable<ReviewGroup, ReviewOutcome> table = report.reviewLitigation();
                    ReviewGroup group = ReviewGroup.all().get(index / ReviewOutcome.all().size());
                    ReviewOutcome outcome = ReviewOutcome.all().get(index % ReviewOutcome.all().size());
                    long after = changed(table.cell(group, outcome).count().orElseThrow(), delta, downwards);
                    CellTable<ReviewGroup, ReviewOutcome> changedTable = table.with(group, outcome, Cell.of(after));

                    Finding finding = onlyArithmeticFinding(report, report.withReviewLitigation(changedTable));

                    long parts = ReviewOutcome.parts().stream()
                            .mapToLong(part -> changedTable.cell(group, part).count().orElseThrow())
                            .sum();
                    assertThat(finding.rule()).isEqualTo(RuleId.T4_GROUP_TOTAL);
                    assertThat(finding.cell()).isEqualTo(CellPath.of(group, ReviewOutcome.TOTAL));
                    assertThat(finding.expected()).isEqualTo(parts);
                    assertThat(finding.actual())
                            .isEqualTo(changedTable.cell(group, ReviewOutcome.TOTAL).count().orElseThrow());
                });
    }

    /** The one arithmetic finding of the changed report, after checking that nothing else changed. */
    private Finding onlyArithmeticFinding(AnnualReport original, AnnualReport changed) {
        List<Finding> findings = validator.validate(changed);
        List<Finding> arithmetic = findings.stream().filter(f -> ARITHMETIC.contains(f.rule())).toList();
        List<Finding> others = new ArrayList<>(findings);
        others.removeAll(arithmetic);

        assertThat(arithmetic).hasSize(1);
        assertThat(others).isEqualTo(validator.validate(original));
        return arithmetic.get(0);
    }

    /** A different value, still a valid count: down by {@code delta} when that stays ≥ 0, otherwise up. */
    private static long changed(long value, int delta, boolean downwards) {
        return downwards && value >= delta ? value - delta : value + delta;
    }

    private static RuleId ruleFor(ApplicationRow row, ApplicantColumn column) {
        if (column == ApplicantColumn.TOTAL) {
            return RuleId.T3_ROW_TOTAL;
        }
        switch (row.kind()) {
            case RESULT_TOTAL:
                return RuleId.T3_OUTCOME_SUM;
            case CARRIED_FORWARD:
                return RuleId.T3_BALANCE;
            default:
                return RuleId.T3_ROW_TOTAL;
        }
    }
}
