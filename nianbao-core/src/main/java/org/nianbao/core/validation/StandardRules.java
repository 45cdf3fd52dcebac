package org.nianbao.core.validation;

import java.util.List;
import org.nianbao.core.validation.rules.AgencySelfReferenceRule;
import org.nianbao.core.validation.rules.ApplicantColumnsSumRule;
import org.nianbao.core.validation.rules.ApplicationsBalanceRule;
import org.nianbao.core.validation.rules.CellValueRule;
import org.nianbao.core.validation.rules.FeeUnitRule;
import org.nianbao.core.validation.rules.FormatVersionRule;
import org.nianbao.core.validation.rules.MissingCellRule;
import org.nianbao.core.validation.rules.NarrativeCountRule;
import org.nianbao.core.validation.rules.OutcomeSumRule;
import org.nianbao.core.validation.rules.RegulationPowerRule;
import org.nianbao.core.validation.rules.ReportYearRule;
import org.nianbao.core.validation.rules.ReviewGroupTotalRule;
import org.nianbao.core.validation.rules.SectionOrderRule;
import org.nianbao.core.validation.rules.SectionPresenceRule;
import org.nianbao.core.validation.rules.StandardLabelRule;
import org.nianbao.core.validation.rules.TableLayoutRule;

/** Every single-report rule of the catalogue, in the order findings are listed. */
public final class StandardRules {
    private static final List<Rule> ALL = List.of(
            new SectionPresenceRule(),
            new SectionOrderRule(),
            new FormatVersionRule(),
            new ApplicantColumnsSumRule(),
            new OutcomeSumRule(),
            new ApplicationsBalanceRule(),
            new ReviewGroupTotalRule(),
            new CellValueRule(),
            new MissingCellRule(),
            new TableLayoutRule(),
            new StandardLabelRule(),
            new ReportYearRule(),
            new NarrativeCountRule(),
            new AgencySelfReferenceRule(),
            new RegulationPowerRule(),
            new FeeUnitRule());

    private StandardRules() {}

    public static List<Rule> all() {
        return ALL;
    }
}
