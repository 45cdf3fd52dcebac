package org.nianbao.core.validation.rules;

import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;

/** The printed name of a row given its path. */
final class RowNames {
    private RowNames() {}

    static String of(CellPath rowPath) {
        String[] parts = rowPath.value().split("\\.");
        if (parts.length < 2) {
            return rowPath.value();
        }
        try {
            switch (parts[0]) {
                case CellPath.APPLICATIONS:
                    return ApplicationRow.fromKey(parts[1]).displayLabel();
                case CellPath.REVIEW_LITIGATION:
                    return ReviewGroup.fromKey(parts[1]).label();
                case CellPath.PROACTIVE:
                    return ProactiveItem.fromKey(parts[1]).caption() + "·" + parts[1];
                default:
                    return rowPath.value();
            }
        } catch (IllegalArgumentException unknown) {
            return rowPath.value();
        }
    }
}
