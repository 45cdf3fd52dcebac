import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a plain-text report (a corpus seed) into an HTML page carrying exactly the same text: lines holding a tab
 * become rows of a bordered table (one cell per tab-separated part, consecutive such lines in one table), Markdown
 * headings become headings, every other line a paragraph. No number is touched. Used by make-equivalents.sh, which
 * hands the page to LibreOffice to make the DOCX, DOC and PDF of the equivalence test.
 *
 * <p>Run: {@code java scripts/SeedToHtml.java SEED.txt OUT.html}
 */
public class SeedToHtml {
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(Path.of(args[0]).getFileName().toString()))
                .append("</title>\n</head>\n<body>\n");
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean row = line.indexOf('\t') >= 0;
            if (inTable && line.isBlank() && nextIsRow(lines, i)) {
                continue; // a blank line between two rows does not end the table
            }
            if (row && !inTable) {
                html.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size:9pt\">\n");
                inTable = true;
            } else if (!row && inTable) {
                html.append("</table>\n");
                inTable = false;
            }
            if (row) {
                html.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    html.append("<td>").append(escape(cell)).append("</td>");
                }
                html.append("</tr>\n");
                continue;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int level = 0;
            while (level < text.length() && text.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && level <= 6 && level < text.length() && text.charAt(level) == ' ') {
                String heading = text.substring(level + 1).strip().replace("**", "");
                html.append("<h").append(level).append('>').append(escape(heading))
                        .append("</h").append(level).append(">\n");
            } else {
                html.append("<p>").append(escape(text)).append("</p>\n");
            }
        }
        if (inTable) {
            html.append("</table>\n");
        }
        html.append("</body>\n</html>\n");
        Files.writeString(Path.of(args[1]), html, StandardCharsets.UTF_8);
    }

    private static boolean nextIsRow(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).indexOf('\t') >= 0;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
