package org.nianbao.core.validation.rules;

import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * format.version_mismatch: the tables are in the 2019 format but the report year is 2021 or later, or the other
 * way round (format.md §C.4 C18).
 */
public final class FormatVersionRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.FORMAT_VERSION_MISMATCH;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        Integer year = report.year();
        if (year == null || report.formatVersion() == FormatVersion.requiredFor(year)) {
            return List.of();
        }
        return List.of(Finding.of(id(), null, null, null, FindingMessages.format(id().id(), year,
                FormatVersion.requiredFor(year).key(), report.formatVersion().key())));
    }
}
