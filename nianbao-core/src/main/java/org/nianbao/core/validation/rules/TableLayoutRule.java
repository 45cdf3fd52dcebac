package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Provenance.ReadingNote;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * table.layout: the recognizer re-aligned a row that printed a spurious or missing value, because the
 * arithmetic proved where each value belongs. The re-aligned row is then checked like any other.
 */
public final class TableLayoutRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.TABLE_LAYOUT;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<Finding> findings = new ArrayList<>();
        for (ReadingNote note : provenance.notes()) {
            if (note.kind() == ReadingNote.Kind.REALIGNED) {
                String[] values = note.printed().isBlank() ? new String[0] : note.printed().trim().split(" ");
                findings.add(Finding.of(id(), note.path(), null, null,
                                FindingMessages.format("table.layout", RowNames.of(note.path()), values.length,
                                        note.printed()))
                        .withLine(note.line()));
            }
        }
        return findings;
    }
}
