package org.nianbao.core.validation.rules;

import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;

/** Cells named in the report's own words, for messages. */
final class CellNames {
    private CellNames() {}

    static String of(ApplicationRow row, ApplicantColumn column) {
        return row.displayLabel() + "·" + column.label();
    }

    static String of(ReviewGroup group, ReviewOutcome outcome) {
        return group.label() + "·" + outcome.label();
    }

    static String of(FormatVersion version, ProactiveItem item, ProactiveColumn column) {
        return item.label(version) + "·" + column.label(version);
    }
}
