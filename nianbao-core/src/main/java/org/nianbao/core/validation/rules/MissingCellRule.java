package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Keyed;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Provenance.ReadingNote;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * cell.missing: a cell is blank or unreadable, kept as null and never guessed. A row or group left entirely
 * blank is one finding on its 总计 cell, not one per cell; a table that is absent is one finding.
 */
public final class MissingCellRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.CELL_MISSING;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        CellTable<ProactiveItem, ProactiveColumn> proactive = report.proactive();
        if (proactive == null) {
            findings.add(tableMissing(CellPath.PROACTIVE, "表二（主动公开政府信息情况）"));
        } else {
            proactive.rows().forEach((item, cells) -> {
                ProactiveColumn last = cells.keySet().stream().reduce((a, b) -> b).orElseThrow();
                check(findings, provenance, CellPath.PROACTIVE, item, cells, item.label(report.formatVersion()),
                        last, column -> CellPath.of(item, column), column -> column.label(report.formatVersion()));
            });
        }
        CellTable<ApplicationRow, ApplicantColumn> applications = report.applications();
        if (applications == null) {
            findings.add(tableMissing(CellPath.APPLICATIONS, "表三（收到和处理政府信息公开申请情况）"));
        } else {
            applications.rows().forEach((row, cells) -> check(findings, provenance, CellPath.APPLICATIONS, row,
                    cells, row.displayLabel(), ApplicantColumn.TOTAL, column -> CellPath.of(row, column),
                    ApplicantColumn::label));
        }
        CellTable<ReviewGroup, ReviewOutcome> review = report.reviewLitigation();
        if (review == null) {
            findings.add(tableMissing(CellPath.REVIEW_LITIGATION, "表四（政府信息公开行政复议、行政诉讼情况）"));
        } else {
            review.rows().forEach((group, cells) -> check(findings, provenance, CellPath.REVIEW_LITIGATION, group,
                    cells, group.label(), ReviewOutcome.TOTAL, outcome -> CellPath.of(group, outcome),
                    ReviewOutcome::label));
        }
        return findings;
    }

    private Finding tableMissing(String table, String name) {
        return Finding.of(id(), new CellPath(table), null, null, FindingMessages.format("cell.missing.table", name));
    }

    private <R extends Keyed, C extends Keyed> void check(
            List<Finding> findings,
            Provenance provenance,
            String table,
            R row,
            Map<C, Cell> cells,
            String rowName,
            C totalColumn,
            java.util.function.Function<C, CellPath> pathOf,
            java.util.function.Function<C, String> columnName) {
        List<C> blank = new ArrayList<>();
        cells.forEach((column, cell) -> {
            if (cell instanceof Cell.Blank) {
                blank.add(column);
            }
        });
        if (blank.isEmpty()) {
            return;
        }
        CellPath rowPath = CellPath.row(table, row);
        if (blank.size() == cells.size()) {
            Optional<ReadingNote> note = provenance.notes().stream()
                    .filter(n -> n.path().equals(rowPath) && n.kind() != ReadingNote.Kind.REALIGNED)
                    .findFirst();
            String message;
            if (note.isPresent() && note.get().kind() == ReadingNote.Kind.UNPLACEABLE) {
                message = FindingMessages.format("cell.missing.unplaceable", rowName, note.get().printed());
            } else if (note.isPresent()) {
                message = FindingMessages.format("cell.missing.row_not_found", rowName);
            } else {
                message = FindingMessages.format("cell.missing.row", rowName);
            }
            Finding finding = Finding.of(id(), pathOf.apply(totalColumn), null, null, message);
            if (note.isPresent() && note.get().line() != null) {
                finding = finding.withLine(note.get().line());
            }
            findings.add(finding);
            return;
        }
        for (C column : blank) {
            findings.add(Finding.of(id(), pathOf.apply(column), null, null,
                    FindingMessages.format("cell.missing", rowName + "·" + columnName.apply(column))));
        }
    }
}
