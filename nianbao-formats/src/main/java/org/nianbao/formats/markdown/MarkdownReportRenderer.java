package org.nianbao.formats.markdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.formats.html.ReportNotes;
import org.nianbao.formats.html.TableCaptions;
import org.nianbao.formats.html.TextMarks;

/**
 * Draws a report as a GitHub-flavoured Markdown document (UTF-8, LF line ends): the title as {@code #}, the section
 * headings as {@code ##}, each paragraph on its own line, and each table as a pipe table.
 *
 * <p>A pipe table has exactly one header row and cannot merge cells, while the official tables have up to three
 * header rows of merged cells (and table 二 prints its captions and headers inside the body, once per 第二十条 item).
 * So the grid is written position for position: the pipe table's header row carries the table's caption (表三
 * 收到和处理政府信息公开申请情况) in its first cell, and every row of the grid follows as a body row, header rows
 * included, with header text in bold; a merged cell's text stands at its top-left position and the positions it
 * covers are empty, exactly as the HTML reader and the recognizer expand merged cells. Column headings thus stay
 * above their columns and no header text is repeated or invented. Blank values are empty cells (never 0); a
 * {@code |} in a cell is escaped as {@code \|}.
 *
 * <p>Text is escaped where Markdown would read it as markup: backslashes, emphasis and code marks, brackets,
 * {@code <} (so no HTML in a report's text is passed through) and {@code |} anywhere; {@code >}, {@code #},
 * list markers, rules and fences at the start of a paragraph; {@code #} in headings. The Markdown marks that a
 * section's text kept from a Markdown-like source (a 「### （一）…」 sub-heading, {@code **bold**} runs) stay
 * marks ({@link TextMarks}).
 *
 * <p>Annotations: an annotated cell gets a numbered marker {@code [n]} after its value, and the notes follow the
 * table as a list under 「审核意见」 (number, severity, message); notes on a section follow its heading; notes on
 * nothing drawn follow the title ({@link ReportNotes}). The same input always gives the same bytes. Stateless and
 * thread-safe.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public byte[] render(ReportDocument document, List<Annotation> annotations) {
        return markdown(document, annotations).getBytes(StandardCharsets.UTF_8);
    }

    /** The document as Markdown text. */
    public static String markdown(ReportDocument document, List<Annotation> annotations) {
        ReportNotes notes = ReportNotes.of(document, annotations);
        StringBuilder md = new StringBuilder(16_384);
        md.append("# ").append(headingText(document.title())).append("\n\n");
        notes(md, notes.general());
        for (int i = 0; i < document.parts().size(); i++) {
            ReportDocument.Part part = document.parts().get(i);
            if (part instanceof ReportDocument.Heading heading) {
                md.append("## ").append(headingText(heading.text())).append("\n\n");
                notes(md, notes.underHeading(i));
            } else if (part instanceof ReportDocument.Paragraph paragraph) {
                md.append(paragraph(paragraph.text())).append("\n\n");
            } else if (part instanceof ReportDocument.Table table) {
                table(md, table.grid(), TableCaptions.of(document, i), notes);
                notes(md, notes.afterTable(i));
            }
        }
        // one line feed at the end, not a blank line
        md.setLength(md.length() - 1);
        return md.toString();
    }

    private static void table(StringBuilder md, Grid grid, String caption, ReportNotes notes) {
        String[] header = new String[grid.columns()];
        header[0] = cellText(caption);
        for (int c = 1; c < header.length; c++) {
            header[c] = "";
        }
        row(md, header);
        String[] rule = new String[grid.columns()];
        for (int c = 0; c < rule.length; c++) {
            rule[c] = "---";
        }
        row(md, rule);
        for (int r = 0; r < grid.rows(); r++) {
            String[] cells = new String[grid.columns()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = "";
            }
            for (GridCell cell : grid.row(r)) {
                cells[cell.column()] = cell(cell, notes);
            }
            row(md, cells);
        }
        md.append('\n');
    }

    private static String cell(GridCell cell, ReportNotes notes) {
        String text = cellText(cell.text());
        if (!text.isEmpty() && cell.kind() == GridCell.Kind.HEADER) {
            text = "**" + text + "**";
        }
        StringBuilder out = new StringBuilder(text);
        for (ReportNotes.Note note : notes.on(cell)) {
            out.append(out.length() > 0 ? " " : "").append('[').append(note.number()).append(']');
        }
        return out.toString();
    }

    private static void row(StringBuilder md, String[] cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
        }
        md.append('\n');
    }

    private static void notes(StringBuilder md, List<ReportNotes.Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        md.append("**审核意见**\n\n");
        for (ReportNotes.Note note : notes) {
            Annotation annotation = note.annotation();
            md.append("- [").append(note.number()).append("] ").append(inline(annotation.severity())).append('：')
                    .append(inline(annotation.message())).append('\n');
        }
        md.append('\n');
    }

    /** A cell's text: one line, Markdown marks and pipes escaped. */
    static String cellText(String text) {
        return inline(text.replace('\n', ' ').replace('\r', ' ').strip());
    }

    /**
     * A paragraph: one written as a Markdown heading (「### （一）…」) stays a level-3 heading and {@code **} pairs
     * stay bold ({@link TextMarks}); otherwise inline marks are escaped, and a line start that would open a block
     * is made literal.
     */
    static String paragraph(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ').strip();
        String heading = TextMarks.heading(line);
        if (heading != null) {
            return "### " + headingText(heading);
        }
        StringBuilder runs = new StringBuilder(line.length() + 8);
        for (TextMarks.Run run : TextMarks.runs(line)) {
            runs.append(run.bold() ? "**" + inline(run.text()) + "**" : inline(run.text()));
        }
        String escaped = runs.toString();
        return escaped.isEmpty() ? escaped : literalStart(escaped);
    }

    /** Makes a line start that CommonMark would read as a block (heading, quote, list, rule, fence) literal. */
    private static String literalStart(String line) {
        char first = line.charAt(0);
        if (first == '>') {
            return "\\" + line;
        }
        int run = 0;
        while (run < line.length() && line.charAt(run) == first) {
            run++;
        }
        boolean spaceAfterRun = run == line.length() || isBlank(line.charAt(run));
        if (first == '#' && run <= 6 && spaceAfterRun) {
            return "\\" + line;
        }
        if ((first == '-' || first == '+') && run == 1 && spaceAfterRun) {
            return "\\" + line;
        }
        if ((first == '-' || first == '~') && run >= 3 && (first == '~' || line.replace(" ", "").chars()
                .allMatch(c -> c == '-'))) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && (digits + 1 == line.length() || isBlank(line.charAt(digits + 1)))) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Text for a heading: inline marks escaped, and {@code #} too (a closing sequence would be dropped). */
    private static String headingText(String text) {
        return inline(text.replace('\n', ' ').replace('\r', ' ').strip()).replace("#", "\\#");
    }

    /** Escapes the characters that start inline markup, raw HTML or a table cell boundary. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '|':
                    out.append('\\').append(c);
                    break;
                case '\t':
                    out.append(' ');
                    break;
                default:
                    if (c >= 0x20 || c == '\n') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
