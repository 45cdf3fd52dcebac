package org.nianbao.core.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.Section;

/** The sentences of a report's text, each with its section and offset, for the text rules. */
final class Sentences {

    /** One sentence: its text, the section it is in, and where it starts in the section text. */
    record Sentence(Section section, String text, int offset) {}

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
                        sentences.add(new Sentence(entry.getKey(), text.substring(start, i), start));
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
