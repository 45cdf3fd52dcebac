package org.nianbao.formats.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown marks a report's text can carry when it was read from a Markdown-like text file (the recognizer
 * keeps a section's lines as printed): a sub-heading written 「### （一）主动公开情况。」 and bold runs written
 * 「**2.围绕政务动态…**」. The renderers draw them as a sub-heading and bold text instead of printing the marks.
 * Nothing else in the text is interpreted. Stateless.
 */
public final class TextMarks {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t\\u3000]+(.*?)[ \\t\\u3000#]*$");
    private static final String BOLD = "**";

    private TextMarks() {}

    /**
     * A run of text, bold or not.
     *
     * @param text the text, without marks
     * @param bold whether it was between a pair of {@code **}
     */
    public record Run(String text, boolean bold) {}

    /** The words of a paragraph written as a Markdown heading (「### （一）…」), without the marks; null otherwise. */
    public static @Nullable String heading(String paragraph) {
        Matcher m = HEADING.matcher(paragraph.strip());
        if (!m.matches()) {
            return null;
        }
        String words = m.group(1).strip();
        if (words.length() > 4 && words.startsWith(BOLD) && words.endsWith(BOLD)
                && words.indexOf(BOLD, 2) == words.length() - 2) {
            words = words.substring(2, words.length() - 2).strip();
        }
        return words.isEmpty() ? null : words;
    }

    /**
     * The text cut into runs at its {@code **} marks when they come in pairs enclosing some text; otherwise one
     * plain run holding the text as it is.
     */
    public static List<Run> runs(String text) {
        List<Integer> marks = new ArrayList<>();
        for (int at = text.indexOf(BOLD); at >= 0; at = text.indexOf(BOLD, at + 2)) {
            marks.add(at);
        }
        if (marks.isEmpty() || marks.size() % 2 != 0) {
            return List.of(new Run(text, false));
        }
        for (int i = 0; i < marks.size(); i += 2) {
            if (marks.get(i + 1) == marks.get(i) + 2) {
                return List.of(new Run(text, false)); // 「****」: nothing enclosed, not emphasis
            }
        }
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < marks.size(); i += 2) {
            if (marks.get(i) > from) {
                runs.add(new Run(text.substring(from, marks.get(i)), false));
            }
            runs.add(new Run(text.substring(marks.get(i) + 2, marks.get(i + 1)), true));
            from = marks.get(i + 1) + 2;
        }
        if (from < text.length()) {
            runs.add(new Run(text.substring(from), false));
        }
        return runs;
    }
}
