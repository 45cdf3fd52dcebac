package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.FindingMessages;
import org.nianbao.core.validation.Rule;
import org.nianbao.core.validation.RuleId;

/**
 * agency.self_reference: the text refers to the reporting body by the wrong kind of name, as a 镇 report
 * saying 「我局」: a sign of copied text (format.md §C.4 C22). One finding per wrong word.
 */
public final class AgencySelfReferenceRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.AGENCY_SELF_REFERENCE;
    }

    @Override
    public List<Finding> check(AnnualReport report, Provenance provenance) {
        List<String> foreign = AgencyKind.of(report.agency()).foreignSelfReferences();
        if (foreign.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Sentences.Sentence sentence : Sentences.of(report)) {
            for (String word : foreign) {
                int at = indexOfWord(sentence.text(), word);
                if (at < 0 || !reported.add(word)) {
                    continue;
                }
                String section = report.sections().get(sentence.section());
                findings.add(Finding.of(id(), CellPath.section(sentence.section()), null, null,
                                FindingMessages.format(id().id(), Sentences.partName(sentence.section()),
                                        Sentences.quote(sentence.text(), Math.max(0, at - 6), 24), word,
                                        report.agency()))
                        .withLine(provenance.lineOf(sentence.section(), section, sentence.offset() + at)));
            }
        }
        return findings;
    }

    /** The word, but not inside a longer one (「基本局面」 contains 本局, 「自我局限」 contains 我局). */
    private static int indexOfWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int after = at + word.length();
            boolean insideWord = after < text.length() && "面限势部".indexOf(text.charAt(after)) >= 0;
            if (!insideWord) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
