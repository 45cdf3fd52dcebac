package org.nianbao.core.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
 * t2.fee_unit: a 行政事业性收费 amount that looks entered in 元 under the 万元 heading: more than four
 * decimals, or, for a township, street or county-level body, 100000 万元 (one billion 元) or more.
 */
public final class FeeUnitRule implements Rule {
    private static final BigDecimal IMPLAUSIBLE_FOR_LOCAL_BODY = new BigDecimal("100000");

    @Override
    public RuleId id() {
        return RuleId.T2_FEE_UNIT;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        CellTable<ProactiveItem, ProactiveColumn> table = report.proactive();
        if (table == null) {
            return List.of();
        }
        Optional<BigDecimal> amount = table.cell(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN).decimal();
        if (amount.isEmpty()) {
            return List.of();
        }
        BigDecimal value = amount.get();
        CellPath path = CellPath.of(ProactiveItem.ADMIN_FEE, ProactiveColumn.AMOUNT_WAN);
        if (value.scale() > 4) {
            return List.of(Finding.of(id(), path, null, value,
                    FindingMessages.format("t2.fee_unit.decimals", value.toPlainString(), value.scale())));
        }
        if (AgencyKind.of(report.agency()).lacksRegulationPower() && value.compareTo(IMPLAUSIBLE_FOR_LOCAL_BODY) >= 0) {
            return List.of(Finding.of(id(), path, null, value,
                    FindingMessages.format("t2.fee_unit.large", value.toPlainString(), report.agency())));
        }
        return List.of();
    }
}
