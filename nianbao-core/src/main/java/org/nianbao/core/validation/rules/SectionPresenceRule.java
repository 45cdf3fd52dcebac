package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Section;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * section.missing: one of the six sections is absent. A report without any section text (a table-only JSON
 * document) is not judged: its sections are unknown, not missing.
 */
public final class SectionPresenceRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SECTION_MISSING;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        if (report.sections().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Section section : Section.all()) {
            if (!report.sections().containsKey(section)) {
                findings.add(Finding.of(id(), CellPath.section(section), null, null,
                        FindingMessages.format(id().id(), section.heading())));
            }
        }
        return findings;
    }
}
