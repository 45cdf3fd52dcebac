package org.nianbao.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.rules.CarryOverRule;
import org.nianbao.core.validation.rules.CopiedFromOtherAgencyRule;
import org.nianbao.core.validation.rules.CopiedFromPreviousYearRule;
import org.nianbao.core.validation.rules.InForceRule;

/**
 * Every cross-report rule of the catalogue ({@code docs/spec/rules.md}, 「Across years and agencies」), in the order
 * findings are listed, and the one call that runs them all on a report.
 *
 * <p>The rules do not decide which reports belong together; the caller does, and hands them over in two lists:
 * the agency's other reports (any years: the {@code xyear.*} rules pick the year before) and other agencies'
 * reports (the {@code xagency.*} rules keep those of the report's year). Findings are always on the report
 * checked, never on the others, so checking each report of a set once reports each problem once.
 */
public final class CrossReportRules {
    private static final List<CrossReportRule> ACROSS_YEARS =
            List.of(new CarryOverRule(), new InForceRule(), new CopiedFromPreviousYearRule());
    private static final List<CrossReportRule> ACROSS_AGENCIES = List.of(new CopiedFromOtherAgencyRule());
    private static final List<CrossReportRule> STANDARD = concat(ACROSS_YEARS, ACROSS_AGENCIES);

    private CrossReportRules() {}

    /**
     * The four rules: {@code xyear.carry_over}, {@code xyear.in_force}, {@code xyear.copied_text},
     * {@code xagency.copied_text}.
     */
    public static List<CrossReportRule> standard() {
        return STANDARD;
    }

    /** The rules that compare a report with the same agency's other years ({@code xyear.*}). */
    public static List<CrossReportRule> acrossYears() {
        return ACROSS_YEARS;
    }

    /** The rules that compare a report with other agencies' reports ({@code xagency.*}). */
    public static List<CrossReportRule> acrossAgencies() {
        return ACROSS_AGENCIES;
    }

    /**
     * Runs every cross-report rule on {@code report}.
     *
     * @param report the report checked
     * @param sameAgency the same agency's other reports, of any year (the report itself may be among them)
     * @param otherAgencies other agencies' reports; those of another year than the report's are ignored
     * @return the findings on {@code report}, rule by rule in the order of {@link #standard()}
     */
    public static List<Finding> check(
            AnnualReport report, List<AnnualReport> sameAgency, List<AnnualReport> otherAgencies) {
        List<Finding> findings = new ArrayList<>();
        for (CrossReportRule rule : ACROSS_YEARS) {
            findings.addAll(rule.check(report, sameAgency));
        }
        for (CrossReportRule rule : ACROSS_AGENCIES) {
            findings.addAll(rule.check(report, otherAgencies));
        }
        return List.copyOf(findings);
    }

    private static List<CrossReportRule> concat(List<CrossReportRule> first, List<CrossReportRule> second) {
        List<CrossReportRule> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
