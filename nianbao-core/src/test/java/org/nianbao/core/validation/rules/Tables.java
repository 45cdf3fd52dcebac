package org.nianbao.core.validation.rules;

import java.util.List;
import java.util.Map;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.validation.Validator;

/**
 * Small balanced tables for the rule tests of core, which cannot use the testkit's {@code Reports} (the testkit
 * depends on core). Every count is small, most are non-zero, and all arithmetic of tables 三 and 四 holds.
 */
final class Tables {
    private Tables() {}

    /** The arithmetic rules of tables 三 and 四 together, to show that one wrong cell does not cascade. */
    static Validator arithmetic() {
        return new Validator(List.of(
                new ApplicantColumnsSumRule(),
                new OutcomeSumRule(),
                new ApplicationsBalanceRule(),
                new ReviewGroupTotalRule()));
    }

    static CellTable<ApplicationRow, ApplicantColumn> balancedApplications(boolean singleOtherRow) {
        List<ApplicationRow> rows = ApplicationRow.layout(singleOtherRow);
        CellTable.Builder<ApplicationRow, ApplicantColumn> table = CellTable.builder();
        long[] rowTotals = new long[ApplicationRow.values().length];
        for (ApplicantColumn column : ApplicantColumn.applicants()) {
            long resultTotal = 0;
            for (ApplicationRow row : rows) {
                if (row.isOutcome()) {
                    long value = (row.ordinal() + 2L * column.ordinal()) % 4;
                    table.put(row, column, Cell.of(value));
                    rowTotals[row.ordinal()] += value;
                    resultTotal += value;
                }
            }
            long carriedForward = column.ordinal() % 3;
            long carriedOver = Math.min(1, resultTotal + carriedForward);
            long newReceived = resultTotal + carriedForward - carriedOver;
            put(table, rowTotals, ApplicationRow.RESULT_TOTAL, column, resultTotal);
            put(table, rowTotals, ApplicationRow.CARRIED_FORWARD, column, carriedForward);
            put(table, rowTotals, ApplicationRow.CARRIED_OVER, column, carriedOver);
            put(table, rowTotals, ApplicationRow.NEW_RECEIVED, column, newReceived);
        }
        for (ApplicationRow row : rows) {
            table.put(row, ApplicantColumn.TOTAL, Cell.of(rowTotals[row.ordinal()]));
        }
        return reordered(table.build(), rows);
    }

    static CellTable<ReviewGroup, ReviewOutcome> balancedReview() {
        CellTable.Builder<ReviewGroup, ReviewOutcome> table = CellTable.builder();
        for (ReviewGroup group : ReviewGroup.all()) {
            long total = 0;
            for (ReviewOutcome part : ReviewOutcome.parts()) {
                long value = (group.ordinal() + part.ordinal()) % 3;
                table.put(group, part, Cell.of(value));
                total += value;
            }
            table.put(group, ReviewOutcome.TOTAL, Cell.of(total));
        }
        return table.build();
    }

    /** A report holding only tables 三 and 四. */
    static AnnualReport report(
            CellTable<ApplicationRow, ApplicantColumn> applications, CellTable<ReviewGroup, ReviewOutcome> review) {
        return new AnnualReport(FormatVersion.V2021, null, null, null, Map.of(), null, applications, review);
    }

    static AnnualReport balancedReport() {
        return report(balancedApplications(false), balancedReview());
    }

    static long count(AnnualReport report, ApplicationRow row, ApplicantColumn column) {
        return report.applications().cell(row, column).count().orElseThrow();
    }

    static long count(AnnualReport report, ReviewGroup group, ReviewOutcome outcome) {
        return report.reviewLitigation().cell(group, outcome).count().orElseThrow();
    }

    /** The report with one cell of table 三 replaced. */
    static AnnualReport with(AnnualReport report, ApplicationRow row, ApplicantColumn column, Cell cell) {
        return report.withApplications(report.applications().with(row, column, cell));
    }

    /** The report with one cell of table 四 replaced. */
    static AnnualReport with(AnnualReport report, ReviewGroup group, ReviewOutcome outcome, Cell cell) {
        return report.withReviewLitigation(report.reviewLitigation().with(group, outcome, cell));
    }

    private static void put(CellTable.Builder<ApplicationRow, ApplicantColumn> table, long[] rowTotals,
            ApplicationRow row, ApplicantColumn column, long value) {
        table.put(row, column, Cell.of(value));
        rowTotals[row.ordinal()] += value;
    }

    /** The rows in printed order (the builder keeps the order in which rows were first filled). */
    private static CellTable<ApplicationRow, ApplicantColumn> reordered(
            CellTable<ApplicationRow, ApplicantColumn> table, List<ApplicationRow> rows) {
        CellTable.Builder<ApplicationRow, ApplicantColumn> ordered = CellTable.builder();
        for (ApplicationRow row : rows) {
            for (ApplicantColumn column : ApplicantColumn.all()) {
                ordered.put(row, column, table.cell(row, column));
            }
        }
        return ordered.build();
    }
}
