package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.validation.CrossReportRule;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/**
 * xyear.carry_over: per column of table 三, 二、上年结转 of year Y equals 四、结转下年度继续办理 of year Y−1 for
 * the same agency (format.md §C.4 C19).
 *
 * <p>{@code others} are the agency's other reports (the caller decides what "same agency" means); only those of
 * the year before are used. A break between two years is reported once, on the later report: one finding per
 * differing cell {@code applications.carried_over.<column>}, with {@code expected} the previous report's
 * 结转下年度 and {@code actual} this report's 上年结转. A blank or unreadable cell on either side is left to
 * {@code cell.missing} and {@code cell.invalid}. When the previous year is there twice, the edition that agrees
 * best is used.
 */
public final class CarryOverRule implements CrossReportRule {
    @Override
    public RuleId id() {
        return RuleId.XYEAR_CARRY_OVER;
    }

    @Override
    public List<Finding> check(AnnualReport report, List<AnnualReport> others) {
        Integer year = report.year();
        if (year == null || report.applications() == null) {
            return List.of();
        }
        List<List<Finding>> candidates = new ArrayList<>();
        for (AnnualReport previous : Peers.ofYear(others, year - 1, report)) {
            if (previous.applications() != null) {
                candidates.add(compare(report.applications(), previous.applications(), year - 1));
            }
        }
        return Peers.fewest(candidates);
    }

    private List<Finding> compare(CellTable<ApplicationRow, ApplicantColumn> table,
            CellTable<ApplicationRow, ApplicantColumn> previous, int previousYear) {
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.all()) {
            OptionalLong carriedOver = table.cell(ApplicationRow.CARRIED_OVER, column).count();
            OptionalLong carriedForward = previous.cell(ApplicationRow.CARRIED_FORWARD, column).count();
            if (carriedOver.isEmpty() || carriedForward.isEmpty()
                    || carriedOver.getAsLong() == carriedForward.getAsLong()) {
                continue;
            }
            long actual = carriedOver.getAsLong();
            long expected = carriedForward.getAsLong();
            findings.add(Finding.of(id(), CellPath.of(ApplicationRow.CARRIED_OVER, column), expected, actual,
                    FindingMessages.format(id().id(), CellNames.of(ApplicationRow.CARRIED_OVER, column), actual,
                            previousYear, CellNames.of(ApplicationRow.CARRIED_FORWARD, column), expected)));
        }
        return findings;
    }
}
