package org.nianbao.core.validation;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;

/** A check of one report. Implementations are stateless and thread-safe; one class per rule id. */
public interface Rule {

    RuleId id();

    /**
     * Checks the report.
     *
     * @param report the report
     * @param provenance where its values came from ({@link Provenance#NONE} for a report read from JSON)
     * @return the findings, empty when the report passes; never more than one finding per wrong cell
     */
    List<Finding> check(AnnualReport report, Provenance provenance);
}
