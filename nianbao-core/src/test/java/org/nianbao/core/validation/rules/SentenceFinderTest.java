package org.nianbao.core.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.Section;

/**
 * The text rules search the section texts forward for their words instead of each sentence: a sentence holds a
 * word exactly when its own text contains it, in every section, whatever sentences were skipped.
 */
class SentenceFinderTest {
    private static final String ALPHABET = "申请复议诉讼年。；！？\n;，2021 共收到";

    @Test
    void sentencesAreTheNonEmptyPiecesBetweenBoundaries() {
        qt().withExamples(5_000).forAll(integers().between(0, 60), integers().all()).checkAssert((length, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            AnnualReport report = new AnnualReport(
                    FormatVersion.V2021, "某县人民政府", 2021, null, Map.of(Section.OTHER, text), null, null, null);
            List<String> expected = java.util.Arrays.stream(text.split("[。！？；\n;]")).filter(s -> !s.isEmpty()).toList();

            List<Sentences.Sentence> sentences = Sentences.of(report);

            assertThat(sentences).extracting(Sentences.Sentence::text).as("[%s]", text).isEqualTo(expected);
            for (Sentences.Sentence sentence : sentences) {
                assertThat(text.substring(sentence.offset(), sentence.end())).isEqualTo(sentence.text());
            }
        });
    }

    @Test
    void aSentenceHoldsAWordExactlyWhenItsTextContainsIt() {
        qt().withExamples(5_000).forAll(integers().between(0, 60), integers().all()).checkAssert((length, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            Map<Section, String> sections = new EnumMap<>(Section.class);
            for (Section section : List.of(Section.OVERVIEW, Section.APPLICATIONS, Section.OTHER)) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                sections.put(section, b.toString());
            }
            AnnualReport report = new AnnualReport(FormatVersion.V2021, "某县人民政府", 2021, null, sections, null, null, null);
            for (String word : List.of("申请", "复议", "诉讼", "年")) {
                Sentences.Finder finder = new Sentences.Finder(word);
                for (Sentences.Sentence sentence : Sentences.of(report)) {
                    if (random.nextInt(3) == 0) {
                        continue; // a rule may pass over sentences without asking
                    }
                    assertThat(finder.in(sentence)).as("%s in [%s]", word, sentence.text())
                            .isEqualTo(sentence.text().contains(word));
                }
            }
        });
    }
}
