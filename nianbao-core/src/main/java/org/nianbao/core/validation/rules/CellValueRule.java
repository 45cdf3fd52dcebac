package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * cell.invalid: a count that is negative, fractional or not a number; a money amount that is negative or not a
 * number.
 */
public final class CellValueRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.CELL_INVALID;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        CellTable<ProactiveItem, ProactiveColumn> proactive = report.proactive();
        if (proactive != null) {
            for (Map.Entry<ProactiveItem, Map<ProactiveColumn, Cell>> row : proactive.rows().entrySet()) {
                for (Map.Entry<ProactiveColumn, Cell> cell : row.getValue().entrySet()) {
                    boolean signed = cell.getKey().type() == ProactiveColumn.Type.SIGNED_COUNT;
                    check(findings, () -> CellPath.of(row.getKey(), cell.getKey()),
                            () -> CellNames.of(report.formatVersion(), row.getKey(), cell.getKey()), cell.getValue(),
                            signed);
                }
            }
        }
        CellTable<ApplicationRow, ApplicantColumn> applications = report.applications();
        if (applications != null) {
            applications.rows().forEach((row, cells) -> cells.forEach((column, cell) ->
                    check(findings, () -> CellPath.of(row, column), () -> CellNames.of(row, column), cell, false)));
        }
        CellTable<ReviewGroup, ReviewOutcome> review = report.reviewLitigation();
        if (review != null) {
            review.rows().forEach((group, cells) -> cells.forEach((outcome, cell) ->
                    check(findings, () -> CellPath.of(group, outcome), () -> CellNames.of(group, outcome), cell, false)));
        }
        return findings;
    }

    /** Path and name are only worked out for a cell that is wrong: most cells are fine. */
    private void check(
            List<Finding> findings, Supplier<CellPath> path, Supplier<String> name, Cell cell, boolean signed) {
        @Nullable String message = null;
        if (cell instanceof Cell.Unreadable unreadable) {
            message = FindingMessages.format("cell.invalid.unreadable", name.get(), unreadable.printed());
        } else if (!signed && isNegative(cell)) {
            message = FindingMessages.format(
                    "cell.invalid.negative", name.get(), cell.decimal().orElseThrow().toPlainString());
        }
        if (message != null) {
            Long actual = cell instanceof Cell.Count count ? count.value() : null;
            findings.add(Finding.of(id(), path.get(), null, actual, message));
        }
    }

    private static boolean isNegative(Cell cell) {
        if (cell instanceof Cell.Count count) {
            return count.value() < 0;
        }
        return cell.decimal().map(v -> v.signum() < 0).orElse(false);
    }
}
