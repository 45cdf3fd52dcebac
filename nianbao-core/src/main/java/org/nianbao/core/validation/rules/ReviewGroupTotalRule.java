package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/** t4.group_total: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class ReviewGroupTotalRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.T4_GROUP_TOTAL;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        CellTable<ReviewGroup, ReviewOutcome> table = report.reviewLitigation();
        if (table == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.all()) {
            OptionalLong total = table.cell(group, ReviewOutcome.TOTAL).count();
            if (total.isEmpty()) {
                continue;
            }
            long sum = 0;
            boolean complete = true;
            for (ReviewOutcome part : ReviewOutcome.parts()) {
                OptionalLong value = table.cell(group, part).count();
                if (value.isEmpty()) {
                    complete = false;
                    break;
                }
                sum += value.getAsLong();
            }
            if (complete && sum != total.getAsLong()) {
                findings.add(Finding.of(
                        id(),
                        CellPath.of(group, ReviewOutcome.TOTAL),
                        sum,
                        total.getAsLong(),
                        FindingMessages.format(id().id(), group.label(), total.getAsLong(), sum)));
            }
        }
        return findings;
    }
}
