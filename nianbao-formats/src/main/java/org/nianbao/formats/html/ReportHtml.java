package org.nianbao.formats.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;

/**
 * Writes a laid-out report as one standalone page: well-formed XHTML that is also valid HTML5 (so a browser and
 * openhtmltopdf's XML parser read the same bytes), UTF-8, {@code lang="zh-CN"}, the style sheet inline and no
 * external resource. The title is the {@code <h1>}, each heading an {@code <h2>}, each paragraph a {@code <p>},
 * and each table a {@code <table>} drawn cell for cell from its {@link Grid}: a {@code <caption>}, the header rows
 * in {@code <thead>}, headers as {@code <th scope="col">} ({@code colgroup} when spanning), row labels as
 * {@code <th scope="row">}, values as {@code <td>}, spans as {@code rowspan}/{@code colspan}. All text is escaped.
 * Annotated cells are highlighted and numbered; the notes follow their table or stand under their section
 * ({@link ReportNotes}). Deterministic: the same input gives the same string. Stateless and thread-safe.
 */
public final class ReportHtml {
    /** The font the PDF embeds: the family name under which the PDF renderer registers WenQuanYi Micro Hei. */
    public static final String PDF_FONT_FAMILY = "WenQuanYi Micro Hei";

    private static final String STYLE = resource("report.css");

    /** Where the page is going: fonts differ, nothing else. */
    public enum Medium {
        /** A browser: the official typefaces where installed (黑体 headings, 仿宋 text, 宋体 tables). */
        BROWSER,
        /** openhtmltopdf: only the embedded WenQuanYi Micro Hei, so that no glyph falls back to a built-in font. */
        PDF
    }

    private ReportHtml() {}

    /** The page for a document and its notes. */
    public static String page(ReportDocument document, List<Annotation> annotations, Medium medium) {
        ReportNotes notes = ReportNotes.of(document, annotations);
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n")
                .append("<head>\n<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"nianbao\" />\n")
                .append("<title>").append(escape(document.title())).append("</title>\n")
                .append("<style>\n").append(pageBox(medium)).append(STYLE).append(fonts(medium)).append("</style>\n")
                .append("</head>\n<body>\n");
        html.append("<h1>").append(escape(document.title())).append("</h1>\n");
        notes(html, notes.general(), "general");
        for (int i = 0; i < document.parts().size(); i++) {
            ReportDocument.Part part = document.parts().get(i);
            if (part instanceof ReportDocument.Heading heading) {
                html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
                notes(html, notes.underHeading(i), "section");
            } else if (part instanceof ReportDocument.Paragraph paragraph) {
                paragraph(html, paragraph.text());
            } else if (part instanceof ReportDocument.Table table) {
                table(html, table.grid(), TableCaptions.of(document, i), notes);
                notes(html, notes.afterTable(i), "table");
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** A paragraph; one written as a Markdown heading becomes a sub-heading, {@code **} pairs bold. */
    private static void paragraph(StringBuilder html, String text) {
        String heading = TextMarks.heading(text);
        if (heading != null) {
            html.append("<p class=\"subheading\">").append(escape(heading)).append("</p>\n");
            return;
        }
        html.append("<p>");
        for (TextMarks.Run run : TextMarks.runs(text)) {
            if (run.bold()) {
                html.append("<strong>").append(escape(run.text())).append("</strong>");
            } else {
                html.append(escape(run.text()));
            }
        }
        html.append("</p>\n");
    }

    /** The page box: A4, margins, the page number at the foot (「— 3 —」). */
    private static String pageBox(Medium medium) {
        String font = medium == Medium.PDF ? "    font-family: \"" + PDF_FONT_FAMILY + "\";\n" : "";
        return "@page {\n  size: A4;\n  margin: 25mm 20mm 22mm 20mm;\n  @bottom-center {\n"
                + "    content: \"\u2014 \" counter(page) \" \u2014\";\n    font-size: 10pt;\n" + font + "  }\n}\n";
    }

    private static String fonts(Medium medium) {
        if (medium == Medium.PDF) {
            // every element: a family openhtmltopdf does not know would let text fall back to the built-in (not
            // embedded) PDF fonts
            return "* { font-family: \"" + PDF_FONT_FAMILY + "\"; }\n";
        }
        return "body { font-family: \"FangSong\", \"STFangsong\", \"FangSong_GB2312\", \"仿宋\", \"仿宋_GB2312\","
                + " \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", \"Songti SC\", serif; }\n"
                + "h1 { font-family: \"FZXiaoBiaoSong-B05S\", \"方正小标宋简体\", \"SimSun\", \"STSong\","
                + " \"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif; }\n"
                + "h2, h3, caption { font-family: \"SimHei\", \"黑体\", \"Heiti SC\", \"PingFang SC\","
                + " \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"" + PDF_FONT_FAMILY
                + "\", sans-serif; }\n"
                + "p.subheading { font-family: \"KaiTi\", \"STKaiti\", \"KaiTi_GB2312\", \"楷体\", \"楷体_GB2312\","
                + " \"Kaiti SC\", serif; }\n"
                + "table.grid, .notes { font-family: \"SimSun\", \"宋体\", \"STSong\", \"Songti SC\","
                + " \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif; }\n";
    }

    private static void table(StringBuilder html, Grid grid, String caption, ReportNotes notes) {
        html.append("<table class=\"grid ").append(gridClass(grid)).append("\">\n");
        html.append("<caption>").append(escape(caption)).append("</caption>\n");
        html.append("<colgroup>");
        for (String width : ColumnWidths.of(grid)) {
            html.append("<col style=\"width: ").append(width).append("\" />");
        }
        html.append("</colgroup>\n");
        boolean inHead = grid.headerRows() > 0;
        html.append(inHead ? "<thead>\n" : "<tbody>\n");
        for (int row = 0; row < grid.rows(); row++) {
            if (inHead && row == grid.headerRows()) {
                html.append("</thead>\n<tbody>\n");
                inHead = false;
            }
            html.append("<tr>");
            for (GridCell cell : grid.row(row)) {
                cell(html, cell, notes);
            }
            html.append("</tr>\n");
        }
        html.append(inHead ? "</thead>\n" : "</tbody>\n");
        html.append("</table>\n");
    }

    private static String gridClass(Grid grid) {
        switch (grid.name()) {
            case "表二":
                return "table-2";
            case "表三":
                return "table-3";
            case "表四":
                return "table-4";
            default:
                return "table-other";
        }
    }

    private static void cell(StringBuilder html, GridCell cell, ReportNotes notes) {
        List<ReportNotes.Note> marks = notes.on(cell);
        String tag = cell.kind() == GridCell.Kind.VALUE ? "td" : "th";
        html.append('<').append(tag);
        if (cell.kind() == GridCell.Kind.HEADER) {
            html.append(" scope=\"").append(cell.columnSpan() > 1 ? "colgroup" : "col").append('"');
        } else if (cell.kind() == GridCell.Kind.LABEL) {
            html.append(" scope=\"row\"");
        }
        if (cell.rowSpan() > 1) {
            html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.columnSpan() > 1) {
            html.append(" colspan=\"").append(cell.columnSpan()).append('"');
        }
        String classes = classes(cell, marks);
        if (!classes.isEmpty()) {
            html.append(" class=\"").append(classes).append('"');
        }
        if (!marks.isEmpty()) {
            StringBuilder title = new StringBuilder();
            for (ReportNotes.Note note : marks) {
                if (title.length() > 0) {
                    title.append('\n');
                }
                title.append('[').append(note.number()).append("] ").append(note.annotation().severity())
                        .append('：').append(note.annotation().message());
            }
            html.append(" title=\"").append(escape(title.toString())).append('"');
        }
        html.append('>').append(escape(cell.text()));
        if (!marks.isEmpty()) {
            html.append("<sup class=\"mark\">");
            for (ReportNotes.Note note : marks) {
                html.append("<a href=\"#").append(note.id()).append("\">[").append(note.number()).append("]</a>");
            }
            html.append("</sup>");
        }
        html.append("</").append(tag).append('>');
    }

    private static String classes(GridCell cell, List<ReportNotes.Note> marks) {
        StringBuilder classes = new StringBuilder();
        if (cell.kind() == GridCell.Kind.VALUE && !cell.isNumber() && !cell.text().isEmpty()) {
            classes.append("unreadable");
        }
        if (!marks.isEmpty()) {
            boolean error = marks.stream().anyMatch(note -> note.annotation().error());
            classes.append(classes.length() > 0 ? " " : "").append(error ? "note-error" : "note-warning");
        }
        return classes.toString();
    }

    private static void notes(StringBuilder html, List<ReportNotes.Note> notes, String where) {
        if (notes.isEmpty()) {
            return;
        }
        html.append("<div class=\"notes notes-").append(where).append("\">\n<h3>审核意见</h3>\n<ul>\n");
        for (ReportNotes.Note note : notes) {
            Annotation annotation = note.annotation();
            html.append("<li id=\"").append(note.id()).append("\"><span class=\"number\">[").append(note.number())
                    .append("]</span> <span class=\"severity ").append(annotation.error() ? "error" : "warning")
                    .append("\">").append(escape(annotation.severity())).append("</span>：")
                    .append(escape(annotation.message())).append("</li>\n");
        }
        html.append("</ul>\n</div>\n");
    }

    /**
     * Escapes text for element content and quoted attributes; drops the characters XML 1.0 forbids (C0 controls
     * but tab and line breaks, U+FFFE, U+FFFF) and replaces an unpaired surrogate with U+FFFD, so that the page
     * stays well-formed whatever a report's text holds. A line break in an attribute is written as a reference.
     */
    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                case '\n':
                    out.append("&#10;");
                    break;
                case '\t':
                case '\r':
                    out.append(' ');
                    break;
                default:
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        break;
                    }
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream("/org/nianbao/formats/render/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/nianbao/formats/render/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
