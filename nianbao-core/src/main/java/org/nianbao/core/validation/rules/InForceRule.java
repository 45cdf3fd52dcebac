package org.nianbao.core.validation.rules;

import static org.nianbao.core.report.ProactiveColumn.IN_FORCE;
import static org.nianbao.core.report.ProactiveColumn.ISSUED;
import static org.nianbao.core.report.ProactiveColumn.REPEALED;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.validation.CrossReportRule;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.RuleId;

/**
 * xyear.in_force: 现行有效件数 of year Y is far from 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), for 规章
 * and 行政规范性文件 (format.md §C.3 C12; also catches most breaks of C13, 废止 above what was in force).
 *
 * <p>The rule is soft: documents expire without being repealed (a 行政规范性文件 is usually valid for five
 * years) and an amendment may count as issued without its predecessor counting as repealed. So only a gap
 * larger than {@value #SLACK} documents and larger than a tenth of the expected count is reported: a real
 * report that counts only this year's documents as in force, or prints the previous year's figure unchanged
 * after issuing many, is far beyond it. It needs all four numbers; a 2019-format previous report has no
 * 现行有效件数 and is not compared. Findings are on this report's {@code proactive.<item>.in_force}, with
 * {@code expected} the computed count and {@code actual} the printed one; others than the previous year are
 * ignored, and when that year is there twice, the edition that agrees best is used.
 */
public final class InForceRule implements CrossReportRule {
    /** Documents by which the printed count may differ from the computed one whatever the size. */
    static final int SLACK = 2;

    /** The share of the computed count by which the printed one may differ. */
    static final double SHARE = 0.1;

    private static final List<ProactiveItem> ITEMS = List.of(ProactiveItem.REGULATION, ProactiveItem.NORMATIVE_DOC);

    @Override
    public RuleId id() {
        return RuleId.XYEAR_IN_FORCE;
    }

    @Override
    public List<Finding> check(AnnualReport report, List<AnnualReport> others) {
        Integer year = report.year();
        if (year == null || report.proactive() == null) {
            return List.of();
        }
        List<List<Finding>> candidates = new ArrayList<>();
        for (AnnualReport previous : Peers.ofYear(others, year - 1, report)) {
            if (previous.proactive() != null) {
                candidates.add(compare(report, previous.proactive(), year - 1));
            }
        }
        return Peers.fewest(candidates);
    }

    private List<Finding> compare(
            AnnualReport report, CellTable<ProactiveItem, ProactiveColumn> previous, int previousYear) {
        CellTable<ProactiveItem, ProactiveColumn> table = report.proactive();
        List<Finding> findings = new ArrayList<>();
        for (ProactiveItem item : ITEMS) {
            OptionalLong before = previous.cell(item, IN_FORCE).count();
            OptionalLong issued = table.cell(item, ISSUED).count();
            OptionalLong repealed = table.cell(item, REPEALED).count();
            OptionalLong inForce = table.cell(item, IN_FORCE).count();
            if (before.isEmpty() || issued.isEmpty() || repealed.isEmpty() || inForce.isEmpty()) {
                continue;
            }
            long expected = before.getAsLong() + issued.getAsLong() - repealed.getAsLong();
            long actual = inForce.getAsLong();
            if (isFar(expected, actual)) {
                findings.add(Finding.of(id(), CellPath.of(item, IN_FORCE), expected, actual,
                        FindingMessages.format(id().id(), CellNames.of(report.formatVersion(), item, IN_FORCE),
                                actual, previousYear, before.getAsLong(), issued.getAsLong(),
                                repealed.getAsLong(), expected)));
            }
        }
        return findings;
    }

    /** More than {@value #SLACK} documents apart and more than {@link #SHARE} of the computed count. */
    static boolean isFar(long expected, long actual) {
        long gap = Math.abs(actual - expected);
        return gap > SLACK && gap > SHARE * Math.abs(expected);
    }
}
