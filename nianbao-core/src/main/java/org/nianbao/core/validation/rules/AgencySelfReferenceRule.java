package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.Provenance;
import org.nianbao.core.report.Section;
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
        // Each word is looked for in the whole text of each section: its first place there is its first in
        // sentence order, since no word holds a sentence boundary. The findings keep the order of the sentences
        // they are in (and of the words, within one sentence); the sentence is found only for a finding.
        List<Found> found = new ArrayList<>();
        for (int w = 0; w < foreign.size(); w++) {
            String word = foreign.get(w);
            int sectionIndex = 0;
            for (Map.Entry<Section, String> entry : report.sections().entrySet()) {
                String section = entry.getValue();
                int at = indexOfWord(section, word);
                if (at >= 0) {
                    Sentences.Sentence sentence = sentenceAt(report, entry.getKey(), at);
                    found.add(new Found(sectionIndex, sentence.offset(), w, Finding.of(id(),
                                    CellPath.section(entry.getKey()), null, null,
                                    FindingMessages.format(id().id(), Sentences.partName(entry.getKey()),
                                            Sentences.quote(sentence.text(), Math.max(0, at - sentence.offset() - 6), 24),
                                            word, report.agency()))
                            .withLine(provenance.lineOf(entry.getKey(), section, at))));
                    break;
                }
                sectionIndex++;
            }
        }
        found.sort(Comparator.comparingInt(Found::section).thenComparingInt(Found::sentence).thenComparingInt(Found::word));
        return found.stream().map(Found::finding).toList();
    }

    private record Found(int section, int sentence, int word, Finding finding) {}

    /** The sentence of the section holding the character at {@code offset} of its text. */
    private static Sentences.Sentence sentenceAt(AnnualReport report, Section section, int offset) {
        for (Sentences.Sentence sentence : Sentences.of(report)) {
            if (sentence.section() == section && offset >= sentence.offset()
                    && offset < sentence.end()) {
                return sentence;
            }
        }
        throw new IllegalStateException("no sentence at " + offset + " of " + section);
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
