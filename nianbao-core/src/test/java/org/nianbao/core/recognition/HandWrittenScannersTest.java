package org.nianbao.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nianbao.core.report.Section;
import org.quicktheories.core.Gen;

/**
 * The recognizer's hot loops are written by hand for speed. These properties hold them to the plain definitions
 * they replace, over text drawn from the characters that matter to each (digits, spaces of every kind, quotes,
 * marks, the characters the label rewrites start from, Chinese text).
 */
class HandWrittenScannersTest {

    /** Characters labels and values are made of, and the ones the normalisation treats specially. */
    private static final String ALPHABET = "0123456789０１２３ \t\u3000\u00A0\u200B\uFEFF\"'“”‘’「」『』#*、.．(（)）"
            + "其它他覆复一二三四五六年元万－−—–/／\\-+,，。申请公开政府信息总计自然人abcＡＢ|";

    private static Gen<String> texts() {
        return texts(ALPHABET);
    }

    private static Gen<String> texts(String alphabet) {
        return integers().between(0, 40).zip(integers().all(), (length, seed) -> {
            SplittableRandom random = new java.util.SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        });
    }

    @Test
    void keyIsTheTwoPassDefinition() {
        qt().withExamples(20_000).forAll(texts()).checkAssert(text ->
                assertThat(Text.key(text)).as("key of [%s]", text).isEqualTo(referenceKey(text)));
    }

    @Test
    void aLineWithoutPossibleValuesParsesToNone() {
        qt().withExamples(20_000).forAll(texts(), texts()).checkAssert((first, second) -> {
            SourceLine quick = SourceLine.of(1, List.of(first, second));
            SourceLine parsed = SourceLine.of(1, List.of(first, second));
            boolean anyValue = parsed.segments().stream().anyMatch(Segment::hasValues);

            assertThat(quick.hasValues()).as("[%s|%s]", first, second).isEqualTo(anyValue);
        });
    }

    @Test
    void segmentsOfALineWithoutValuesAreItsLabel() {
        qt().withExamples(20_000).forAll(texts(), texts()).checkAssert((first, second) -> {
            List<String> cells = List.of(first, second);
            for (SourceLine line : List.of(SourceLine.of(1, cells), SourceLine.of(1, List.of(first), first),
                    SourceLine.of(1, List.of(first), "|" + first + "|"))) {
                assertThat(line.segments()).as("[%s]", line.text()).isEqualTo(SourceLine.parse(1, line.cells()));
            }
        });
    }

    @Test
    void aLineOfTextIsReadAtItsTabsAsItsSplitCells() {
        qt().withExamples(20_000).forAll(texts(), texts(), texts()).checkAssert((first, second, third) -> {
            String text = first + "\t" + second + (third.length() % 2 == 0 ? "" : "\t\t" + third);
            List<String> cells = List.of(text.split("\t", -1));
            SourceLine inPlace = SourceLine.ofText(1, text);
            SourceLine split = SourceLine.of(1, cells, text);

            assertThat(inPlace.isBlank()).as("[%s]", text).isEqualTo(split.isBlank());
            assertThat(SourceLine.ofText(1, text).hasValues()).as("[%s]", text).isEqualTo(split.hasValues());
            assertThat(inPlace.segments()).as("[%s]", text).isEqualTo(SourceLine.parse(1, cells));
            assertThat(inPlace.cells()).isEqualTo(cells);
        });
    }

    @Test
    void firstKeyCharacterIsTheKeysFirstChineseCharacter() {
        qt().withExamples(20_000).forAll(texts()).checkAssert(text -> {
            String key = Text.key(text);
            char first = Text.firstKeyChar(text);
            if (!key.isEmpty() && Text.isCjk(key.charAt(0)) && key.charAt(0) != '他' && key.charAt(0) != '复') {
                assertThat(first).as("[%s]", text).isEqualTo(key.charAt(0));
            }
            if (key.isEmpty()) {
                assertThat(first).as("[%s]", text).isEqualTo((char) 0);
            }
        });
    }

    @Test
    void aWordSetMarksExactlyTheWordsTheTextContains() {
        // words sharing first characters and first pairs, and one inside another
        List<String> all = List.of("其他", "其他处理", "公开", "公告", "复议", "总计自然人", "总计", "计自", "\0\0零");
        WordSet words = new WordSet(all);
        qt().withExamples(20_000).forAll(texts("其他它处理公开告复议总计自然人 、\0零")).checkAssert(text -> {
            boolean[] found = new boolean[words.size()];
            int marked = words.mark(text, found);
            int expected = 0;
            for (int i = 0; i < found.length; i++) {
                assertThat(found[i]).as("%s in [%s]", all.get(i), text).isEqualTo(text.contains(all.get(i)));
                expected += found[i] ? 1 : 0;
            }
            assertThat(marked).isEqualTo(expected);
        });
    }

    @Test
    void theLexiconRulesOutOnlyLinesWhoseKeyHoldsNoneOfAGroupsWords() {
        List<Lexicon.Group> groups = List.of(Lexicon.SIGNATURES_2019, Lexicon.SIGNATURES_2021, Lexicon.THREE_ITEMS,
                Lexicon.PROACTIVE_LABELS.variantWords(), Lexicon.PROACTIVE_LABELS.officialWords(),
                Lexicon.APPLICATIONS_LABELS.variantWords(), Lexicon.APPLICATIONS_LABELS.officialWords());
        String marks = " \t\u3000\"“”其它覆、.(（)）1２";
        qt().withExamples(20_000).forAll(integers().between(0, 8), integers().all()).checkAssert((pieces, seed) -> {
            // pieces of the lexicon's words (whole ones often) and the characters the key drops or rewrites
            SplittableRandom random = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < pieces; p++) {
                String word = Lexicon.word(random.nextInt(Lexicon.ALL.size()));
                int from = random.nextBoolean() ? 0 : random.nextInt(word.length());
                int to = random.nextBoolean() ? word.length() : from + random.nextInt(word.length() - from + 1);
                b.append(word, from, to);
                if (random.nextInt(3) == 0) {
                    b.append(marks.charAt(random.nextInt(marks.length())));
                }
            }
            String text = b.toString();
            String key = Text.key(text);
            SourceLine line = SourceLine.ofText(1, text);
            for (Lexicon.Group group : groups) {
                boolean holds = false;
                for (int i = 0; i < group.size(); i++) {
                    boolean contains = key.contains(Lexicon.word(group.from() + i));
                    assertThat(group.holds(line, i)).as("[%s]", text).isEqualTo(contains);
                    holds |= contains;
                }
                assertThat(group.anyIn(line)).as("[%s]", text).isEqualTo(holds);
            }
        });
    }

    @Test
    void headingIsFoundAsByTheSubstringDefinition() {
        String heading = "第一二三四五六七部分、.:,，。总体情况主动公开收到和处理政府信息公开申请行政复议诉讼问题其他需要报告的事项";
        qt().withExamples(50_000).forAll(integers().between(1, 24), integers().all()).checkAssert((length, seed) -> {
            SplittableRandom random = new java.util.SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // runs of the heading words, so that real headings come up often
                int from = random.nextInt(heading.length());
                b.append(heading, from, Math.min(heading.length(), from + 1 + random.nextInt(6)));
            }
            String key = b.toString();
            assertThat(SectionLocator.headingOf(key)).as("[%s]", key).isEqualTo(referenceHeading(key));
        });
        assertThat(SectionLocator.headingOf("一、总体情况")).isEqualTo(Section.OVERVIEW);
        assertThat(SectionLocator.headingOf("第六部分其他需要报告的事项。")).isEqualTo(Section.OTHER);
    }

    /** {@link SectionLocator#headingOf} as first written, with substrings (and the same tables of words). */
    private static @Nullable Section referenceHeading(String key) {
        String text = key;
        while (text.endsWith("。") || text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > 40 || text.isEmpty()) {
            return null;
        }
        if (SectionLocator.UNNUMBERED.containsKey(text)) {
            return SectionLocator.UNNUMBERED.get(text);
        }
        int start = text.startsWith("第") ? 1 : 0;
        if (start >= text.length()) {
            return null;
        }
        int numeral = SectionLocator.NUMERALS.indexOf(text.charAt(start));
        if (numeral < 0) {
            return null;
        }
        int after = start + 1;
        if (text.startsWith("部分", after)) {
            after += 2;
        }
        if (after >= text.length()) {
            return null;
        }
        char separator = text.charAt(after);
        boolean separated = separator == '、' || separator == '.' || separator == ':' || separator == ','
                || separator == '，';
        if (!separated && !text.startsWith("部分", start + 1)) {
            return null;
        }
        if (separated) {
            after++;
        }
        String rest = text.substring(after, Math.min(text.length(), after + 16));
        for (String keyword : SectionLocator.KEYWORDS.get(numeral)) {
            if (rest.contains(keyword)) {
                return Section.all().get(numeral);
            }
        }
        return null;
    }

    /**
     * {@link Text#key} as first written: fold and drop every character, then make the word-level rewrites over
     * the whole text ({@link Text#rewritten}), where the key makes them only at the places it noted.
     */
    private static String referenceKey(String raw) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Text.isSpace(c)) {
                continue;
            }
            c = Text.fold(c);
            if (c == ' ' || "\"'“”‘’「」『』#*".indexOf(c) >= 0) {
                continue;
            }
            folded.append(c);
        }
        char[] b = folded.toString().toCharArray();
        return Text.rewritten(b, b.length);
    }
}
