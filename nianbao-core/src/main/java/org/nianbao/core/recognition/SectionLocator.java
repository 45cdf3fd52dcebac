package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.Section;

/**
 * Finds the six section headings (format.md §A.3 and the variants of §G): a numeral 一…六 with its separator,
 * then words of that section's heading, on a short line of its own. Table rows such as
 * 「四、结转下年度继续办理」 share the numerals but not the words.
 */
final class SectionLocator {
    static final String NUMERALS = "一二三四五六";
    private static final int MAX_HEADING_LENGTH = 40;
    private static final int KEYWORD_WINDOW = 16;

    static final List<List<String>> KEYWORDS = List.of(
            List.of("总体情况", "概述", "基本情况", "总体概况"),
            List.of("主动公开"),
            List.of("收到和处理", "收到及处理", "依申请", "政府信息公开申请"),
            List.of("行政复议", "行政诉讼"),
            List.of("问题"),
            List.of("其他需要报告", "其他事项", "需要报告", "其他"));

    /**
     * The official heading words without their numeral, as a line of their own: Word documents often number the
     * headings automatically, and the numeral (一、…六、) is then not part of the text.
     */
    static final Map<String, Section> UNNUMBERED = Map.of(
            "总体情况", Section.OVERVIEW,
            "主动公开政府信息情况", Section.PROACTIVE,
            "收到和处理政府信息公开申请情况", Section.APPLICATIONS,
            "政府信息公开行政复议、行政诉讼情况", Section.REVIEW_LITIGATION,
            "存在的主要问题及改进情况", Section.PROBLEMS,
            "其他需要报告的事项", Section.OTHER);

    /** The first characters of the {@link #UNNUMBERED} headings. */
    private static final String UNNUMBERED_FIRST = "总主收政存其";
    /** The characters a heading's key can start with: 第, a numeral, or an unnumbered heading's first. */
    private static final String HEADING_FIRST = "第" + NUMERALS + UNNUMBERED_FIRST;

    /** A heading found at {@code index} in the line list. */
    record Heading(Section section, int index, int line) {}

    private SectionLocator() {}

    /** The headings in the order they appear; each section at most once. */
    static List<Heading> locate(List<SourceLine> lines) {
        Map<Section, Heading> found = new EnumMap<>(Section.class);
        List<Heading> ordered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            // a heading is a short line: a long one (whitespace allowed for) is not worth reading further
            if (line.text().length() > 4 * MAX_HEADING_LENGTH || line.isBlank()) {
                continue;
            }
            if (HEADING_FIRST.indexOf(Text.firstKeyChar(line.text())) < 0) {
                continue; // told by its first character, without the key
            }
            Section section = headingOf(line.key());
            if (section != null && !found.containsKey(section) && !line.hasValues()) {
                Heading heading = new Heading(section, i, line.line());
                found.put(section, heading);
                ordered.add(heading);
            }
        }
        return ordered;
    }

    static @Nullable Section headingOf(String key) {
        // read in place (every short line of the document is asked): the key without its closing 。 or :
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == '。' || key.charAt(end - 1) == ':')) {
            end--;
        }
        if (end > MAX_HEADING_LENGTH || end == 0) {
            return null;
        }
        char first = key.charAt(0);
        if (UNNUMBERED_FIRST.indexOf(first) >= 0) {
            Section unnumbered = UNNUMBERED.get(end == key.length() ? key : key.substring(0, end));
            if (unnumbered != null) {
                return unnumbered;
            }
        }
        int start = first == '第' ? 1 : 0;
        if (start >= end) {
            return null;
        }
        int numeral = NUMERALS.indexOf(key.charAt(start));
        if (numeral < 0) {
            return null;
        }
        boolean part = start + 3 <= end && key.startsWith("部分", start + 1);
        int after = part ? start + 3 : start + 1;
        if (after >= end) {
            return null;
        }
        char separator = key.charAt(after);
        boolean separated = separator == '、' || separator == '.' || separator == ':' || separator == ','
                || separator == '，';
        if (!separated && !part) {
            return null;
        }
        if (separated) {
            after++;
        }
        int windowEnd = Math.min(end, after + KEYWORD_WINDOW);
        for (String keyword : KEYWORDS.get(numeral)) {
            int at = key.indexOf(keyword, after);
            if (at >= 0 && at + keyword.length() <= windowEnd) {
                return Section.all().get(numeral);
            }
        }
        return null;
    }
}
