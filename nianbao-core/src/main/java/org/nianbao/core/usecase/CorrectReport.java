package org.nianbao.core.usecase;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.User;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.ReportLibrary;
import org.nianbao.core.library.ReportNotFoundException;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.validation.Finding;

/**
 * Corrects a misread cell by hand: a new version of the report with the cell changed, checked again by every rule,
 * with the reason recorded; the earlier versions are kept. Thread-safe.
 */
public final class CorrectReport {
    private final ReportPipeline pipeline;
    private final ReportLibrary library;
    private final CrossCheck crossCheck;
    private final Clock clock;

    public CorrectReport(ReportPipeline pipeline, ReportLibrary library, CrossCheck crossCheck, Clock clock) {
        this.pipeline = pipeline;
        this.library = library;
        this.crossCheck = crossCheck;
        this.clock = clock;
    }

    /**
     * @param printed the value as it should read: a whole number, a decimal amount (table 二 fees), or blank
     * @throws IllegalArgumentException when the cell path or the value is invalid (message in Chinese)
     */
    public StoredReport run(long reportId, CellPath cell, String printed, String reason, User user, Scope scope) {
        StoredReport stored = library.find(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        if (!scope.includes(stored.agency().id())) {
            throw new ReportNotFoundException(reportId);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("请填写更正理由");
        }
        AnnualReport before = stored.current().report();
        Cell old;
        try {
            old = before.cell(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("没有这个单元格：" + cell);
        }
        Cell value = parse(printed, old);
        AnnualReport after = before.withCell(cell, value);
        List<Finding> findings = pipeline.validate(after);
        AuditEntry audit = new AuditEntry(clock.instant(), user.id(), user.username(), "report.correct", "report",
                Long.toString(reportId), CanonicalJson.writeTree(java.util.Map.of("cell", cell.value(), "value",
                        show(old))),
                CanonicalJson.writeTree(java.util.Map.of("cell", cell.value(), "value", show(value), "reason",
                        reason)));
        StoredReport corrected = library.correct(reportId, after, findings, user.username(), reason.strip(), audit);
        crossCheck.recheck(corrected);
        StoredReport current = library.find(reportId).orElseThrow(() -> new ReportNotFoundException(reportId));
        crossCheck.recheckNeighbours(current);
        return current;
    }

    private static Cell parse(String printed, Cell old) {
        String text = printed.strip();
        if (text.isEmpty()) {
            return Cell.BLANK;
        }
        try {
            if (old instanceof Cell.Amount amount || text.contains(".")) {
                BigDecimal decimal = new BigDecimal(text);
                if (decimal.signum() < 0) {
                    throw new IllegalArgumentException("数值不能为负：" + text);
                }
                String unit = old instanceof Cell.Amount a ? a.unit() : null;
                return new Cell.Amount(decimal, unit);
            }
            long count = Long.parseLong(text);
            if (count < 0) {
                throw new IllegalArgumentException("数值不能为负：" + text);
            }
            return Cell.of(count);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("不是有效的数值：「" + text + "」（应为整数或小数，留空表示空白）");
        }
    }

    private static @Nullable Object show(Cell cell) {
        if (cell instanceof Cell.Count count) {
            return count.value();
        }
        if (cell instanceof Cell.Amount amount) {
            return amount.text();
        }
        if (cell instanceof Cell.Unreadable unreadable) {
            return unreadable.printed();
        }
        return null;
    }
}
