package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Section;

/** The sentences of a report's text, each with its section and offset, for the text rules. */
final class Sentences {

    /**
     * One sentence: the section it is in and where it stands in the section text, {@code [offset, end)}. Its text
     * is copied out when first asked for: most sentences are passed over by word searches through the section
     * text ({@link Finder}). Confined to the thread that split the report, as the memo is.
     */
    static final class Sentence {
        private final Section section;
        private final String sectionText;
        private final int offset;
        private final int end;
        private @Nullable String text;

        Sentence(Section section, String sectionText, int offset, int end) {
            this.section = section;
            this.sectionText = sectionText;
            this.offset = offset;
            this.end = end;
        }

        Section section() {
            return section;
        }

        /** Where the sentence starts in the section text. */
        int offset() {
            return offset;
        }

        /** Where the sentence ends in the section text (exclusive). */
        int end() {
            return end;
        }

        String text() {
            if (text == null) {
                text = sectionText.substring(offset, end);
            }
            return text;
        }
    }

    /**
     * Whether sentences, asked about in text order, contain a word: one forward search through each section's text
     * rather than one search per sentence. A word without a sentence boundary in it, found from inside a sentence,
     * ends inside it. One finder per pass over the sentences of one report (a sentence before the last one asked
     * about in the same section text is an error); not thread-safe.
     */
    static final class Finder {
        private final String word;
        private @Nullable String text;
        private int after;
        /** The first place of the word at or after {@link #after} in {@link #text}, or -1 when there is none. */
        private int next;

        Finder(String word) {
            if (word.isEmpty() || word.chars().anyMatch(c -> isBoundary((char) c))) {
                throw new IllegalArgumentException("a word a sentence cannot hold whole: " + word);
            }
            this.word = word;
        }

        boolean in(Sentence sentence) {
            if (sentence.sectionText != text) {
                text = sentence.sectionText;
                next = text.indexOf(word, sentence.offset);
            } else if (sentence.offset < after) {
                throw new IllegalStateException("sentences asked about out of text order");
            } else if (next >= 0 && next < sentence.offset) {
                next = text.indexOf(word, sentence.offset);
            }
            after = sentence.offset;
            return next >= 0 && next < sentence.end;
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private Sentences() {}

    /** The text rules ask for the sentences of a report one after another. */
    private static final LastReportMemo<List<Sentence>> LAST = new LastReportMemo<>(Sentences::split);

    static List<Sentence> of(AnnualReport report) {
        return LAST.get(report);
    }

    private static List<Sentence> split(AnnualReport report) {
        List<Sentence> sentences = new ArrayList<>();
        for (Map.Entry<Section, String> entry : report.sections().entrySet()) {
            String text = entry.getValue();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isBoundary(text.charAt(i))) {
                    if (i > start) {
                        sentences.add(new Sentence(entry.getKey(), text, start, i));
                    }
                    start = i + 1;
                }
            }
        }
        return List.copyOf(sentences);
    }

    private static boolean isBoundary(char c) {
        if (c > '。' && c < '！') {
            return false; // Chinese characters: one test
        }
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == ';';
    }

    /** 「第六部分」 for {@link Section#OTHER}. */
    static String partName(Section section) {
        return "第" + ORDINALS[section.ordinal()] + "部分";
    }

    /** A short quotation starting at {@code from}, whitespace removed. */
    static String quote(String text, int from, int length) {
        String compact = WHITESPACE.matcher(text.substring(from)).replaceAll("");
        return compact.length() <= length ? compact : compact.substring(0, length) + "…";
    }
}
