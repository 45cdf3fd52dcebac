package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * label.nonstandard: a table label differs from the official one (a typo, an outdated or shortened wording);
 * the finding names the official label. Differences of spacing, punctuation width and numbering style are not
 * findings: the recognizer records a label only when its words differ.
 */
public final class StandardLabelRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.LABEL_NONSTANDARD;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        for (Provenance.PrintedLabel label : provenance.labels()) {
            if (!label.printed().equals(label.official())) {
                findings.add(Finding.of(id(), label.path(), null, null,
                                FindingMessages.format(id().id(), label.printed(), label.official()))
                        .withLine(label.line()));
            }
        }
        return findings;
    }
}
