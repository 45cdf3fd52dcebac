package org.nianbao.core.validation.rules;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * t2.regulation_power: 规章 counts above zero from a body without 规章-making power (乡镇, 街道, county-level
 * governments): almost always 规范性文件 counted as 规章 (format.md §C.3 C14). One finding per report.
 */
public final class RegulationPowerRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.T2_REGULATION_POWER;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        CellTable<ProactiveItem, ProactiveColumn> table = report.proactive();
        if (table == null || !AgencyKind.of(report.agency()).lacksRegulationPower()) {
            return List.of();
        }
        for (ProactiveColumn column : ProactiveItem.REGULATION.columns(report.formatVersion())) {
            long value = table.cell(ProactiveItem.REGULATION, column).count().orElse(0);
            if (value > 0) {
                return List.of(Finding.of(id(), CellPath.of(ProactiveItem.REGULATION, column), null, value,
                        FindingMessages.format(id().id(), report.agency(),
                                CellNames.of(report.formatVersion(), ProactiveItem.REGULATION, column), value)));
            }
        }
        return List.of();
    }
}
