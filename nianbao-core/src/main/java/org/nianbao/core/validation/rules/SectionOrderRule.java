package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Section;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/** section.order: the sections are present but out of the official order. Needs the heading lines the recognizer recorded. */
public final class SectionOrderRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SECTION_ORDER;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Section> found = new ArrayList<>();
        for (Section section : report.sections().keySet()) {
            if (provenance.lines().containsKey(CellPath.section(section).value())) {
                found.add(section);
            }
        }
        List<Section> printed = new ArrayList<>(found);
        printed.sort(Comparator.comparing(section -> provenance.lines().get(CellPath.section(section).value())));
        if (printed.equals(found)) {
            return List.of();
        }
        String order = printed.stream().map(Section::heading).collect(Collectors.joining("、"));
        return List.of(Finding.of(id(), null, null, null, FindingMessages.format(id().id(), order)));
    }
}
