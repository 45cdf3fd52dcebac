package org.nianbao.core.validation;

import java.util.List;
import org.nianbao.core.report.AnnualReport;

/** A check over several reports (years of one agency, agencies of one year). Stateless and thread-safe. */
public interface CrossReportRule {

    RuleId id();

    /**
     * Checks {@code report} against the {@code others} the caller chose for it.
     *
     * @return findings on {@code report}
     */
    List<Finding> check(AnnualReport report, List<AnnualReport> others);
}
