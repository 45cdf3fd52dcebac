package org.nianbao.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.document.Block;
import org.nianbao.core.document.ExtractedDocument;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;

/**
 * Recognizes an annual report in an extracted document: title (agency and year), format version, the six
 * sections and the three tables. Stateless and thread-safe.
 */
public final class ReportRecognizer {
    private static final List<String> TABLE3_ANCHORS = List.of("本年新收", "申请人情况", "勾稽关系");
    private static final List<String> TABLE_ANCHORS = List.of(
            "第二十条", "信息内容", "申请人情况", "勾稽关系", "自然人", "行政复议", "结果维持");
    private static final int TITLE_SEARCH_LINES = 12;
    /** Without a title, at least this many of the six headings make a document a report. */
    private static final int MIN_HEADINGS_WITHOUT_TITLE = 3;

    /**
     * Recognizes the report.
     *
     * @throws NotAReportException when the document has neither a report title nor most of the section headings
     */
    public Recognition recognize(ExtractedDocument document) {
        List<SourceLine> lines = lines(document);
        ProvenanceBuilder provenance = new ProvenanceBuilder();
        List<SectionLocator.Heading> headings = SectionLocator.locate(lines);

        int firstHeading = headings.isEmpty() ? Math.min(lines.size(), TITLE_SEARCH_LINES) : headings.get(0).index();
        Title title = title(lines, firstHeading, provenance);
        FormatVersion version = version(lines, title);

        CellTable<ProactiveItem, ProactiveColumn> proactive =
                new ProactiveTableReader(provenance).read(region(lines, headings, Section.PROACTIVE), version);
        CellTable<ApplicationRow, ApplicantColumn> applications =
                new ApplicationsTableReader(provenance).read(region(lines, headings, Section.APPLICATIONS), version);
        CellTable<ReviewGroup, ReviewOutcome> review =
                new ReviewTableReader(provenance).read(region(lines, headings, Section.REVIEW_LITIGATION));

        if (title == null && headings.size() < MIN_HEADINGS_WITHOUT_TITLE) {
            throw new NotAReportException(document.name()
                    + "：不是政府信息公开工作年度报告（未找到“××2021年政府信息公开工作年度报告”样式的标题，也未找到“一、总体情况”等各部分标题）");
        }
        Map<Section, String> sections = sections(lines, headings, provenance);
        AnnualReport report = new AnnualReport(
                version,
                title == null ? null : title.agency(),
                title == null ? null : title.year(),
                title == null ? null : title.text(),
                sections,
                proactive,
                applications,
                review);
        return new Recognition(report, provenance.build());
    }

    private static List<SourceLine> lines(ExtractedDocument document) {
        List<Block> blocks = document.blocks();
        // Traditional characters are looked for in the blocks up to the first 4096 characters
        int read = 0;
        int markers = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                markers += TraditionalChinese.markers(paragraph.text());
                read += paragraph.text().length();
            } else if (block instanceof Block.Table table) {
                for (Block.Row row : table.rows()) {
                    for (String cell : row.cells()) {
                        markers += TraditionalChinese.markers(cell);
                        read += cell.length();
                    }
                }
            }
            if (read > 4096) {
                break;
            }
        }
        boolean traditional = TraditionalChinese.isTraditional(markers);
        List<SourceLine> lines = new ArrayList<>(blocks.size());
        int tables = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                String text = traditional ? TraditionalChinese.toSimplified(paragraph.text()) : paragraph.text();
                List<String> cells = markdownCells(text);
                if (cells == null) {
                    lines.add(SourceLine.ofText(paragraph.source().line(), text)); // cells at its tabs
                } else {
                    // a Markdown row's text is its cells joined by tabs, as the readers' table rows are
                    String joined = cells.size() > 1 && text.indexOf('\t') < 0 ? String.join("\t", cells) : text;
                    lines.add(SourceLine.of(paragraph.source().line(), cells, joined));
                }
            } else if (block instanceof Block.Table table) {
                int tableIndex = tables++;
                for (Block.Row row : table.rows()) {
                    List<String> cells = row.cells();
                    if (traditional) {
                        cells = cells.stream().map(TraditionalChinese::toSimplified).toList();
                    }
                    lines.add(SourceLine.ofGridRow(row.source().line(), cells, tableIndex));
                }
            }
        }
        return lines;
    }

    /**
     * Appends a line of section text stripped and without the Markdown marks of text copied from a web page
     * (「### 」, 「**…**」): {@code strip()}, the marks removed, {@code strip()} again, read in place.
     */
    static void appendWithoutMarkdownMarks(StringBuilder text, String line) {
        int from = stripStart(line, 0, line.length());
        int to = stripEnd(line, from, line.length());
        int hashes = 0;
        while (from + hashes < to && hashes < 6 && line.charAt(from + hashes) == '#') {
            hashes++;
        }
        if (hashes > 0 && from + hashes < to && line.charAt(from + hashes) == ' ') {
            from = stripStart(line, from + hashes + 1, to);
        }
        if (to - from > 4 && line.startsWith("**", from) && line.charAt(to - 1) == '*' && line.charAt(to - 2) == '*') {
            from = stripStart(line, from + 2, to - 2);
            to = stripEnd(line, from, to - 2);
        }
        text.append(line, from, to);
    }

    /** Where {@code line[from, to)} starts once leading whitespace ({@link String#strip}'s) is dropped. */
    private static int stripStart(String line, int from, int to) {
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code line[from, to)} ends once trailing whitespace ({@link String#strip}'s) is dropped. */
    private static int stripEnd(String line, int from, int to) {
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The cells of a Markdown table row 「| a | b |」, or null when the text is not one. */
    private static @Nullable List<String> markdownCells(String text) {
        if (text.indexOf('|') < 0) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > 1 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
            return SourceLine.split(trimmed.substring(1, trimmed.length() - 1), '|');
        }
        return null;
    }

    private static @Nullable Title title(List<SourceLine> lines, int end, ProvenanceBuilder provenance) {
        String previous = "";
        for (int i = 0; i < end && i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String text = Text.compact(line.text());
            Title title = line.text().indexOf('\t') >= 0 ? titleInACell(line) : null;
            if (title == null) {
                title = Title.parse(text);
            }
            if ((title == null || title.agency() == null) && !previous.isEmpty()) {
                Title joined = Title.parse(previous + text);
                if (joined != null) {
                    title = joined;
                }
            }
            if (title != null) {
                provenance.line(new CellPath("title"), line.line());
                return title;
            }
            previous = text;
        }
        return null;
    }

    /** A title standing in one cell of a row, as portals print it in their metadata rows (名称 | title | 文号). */
    private static @Nullable Title titleInACell(SourceLine line) {
        for (String cell : line.text().split("\t")) {
            Title title = Title.parse(Text.compact(cell));
            if (title != null && title.agency() != null) {
                return title;
            }
        }
        return null;
    }

    /** The format whose signature labels (format.md §D.3) the tables print more of; by year when undecided. */
    private static FormatVersion version(List<SourceLine> lines, @Nullable Title title) {
        int score2019 = 0;
        int score2021 = 0;
        for (SourceLine line : lines) {
            if (line.text().length() > 160) {
                continue; // narrative: signature labels stand in table rows and headers
            }
            // each signature counts once per line that holds it
            score2019 += Lexicon.SIGNATURES_2019.countIn(line);
            score2021 += Lexicon.SIGNATURES_2021.countIn(line);
        }
        if (score2019 != score2021) {
            return score2019 > score2021 ? FormatVersion.V2019 : FormatVersion.V2021;
        }
        Integer year = title == null ? null : title.year();
        return year == null ? FormatVersion.V2021 : FormatVersion.requiredFor(year);
    }

    /**
     * The lines of a table section: from its heading to the next heading; without a heading, from the table's
     * first anchor line to the next heading.
     */
    private static List<SourceLine> region(List<SourceLine> lines, List<SectionLocator.Heading> headings, Section section) {
        int start = -1;
        for (SectionLocator.Heading heading : headings) {
            if (heading.section() == section) {
                start = heading.index() + 1;
            }
        }
        if (start < 0) {
            start = anchor(lines, section);
            if (start < 0) {
                return List.of();
            }
        }
        int end = lines.size();
        for (SectionLocator.Heading heading : headings) {
            if (heading.index() >= start && heading.index() < end) {
                end = heading.index();
            }
        }
        return lines.subList(start, end);
    }

    private static int anchor(List<SourceLine> lines, Section section) {
        List<String> anchors;
        switch (section) {
            case PROACTIVE:
                anchors = List.of("第二十条");
                break;
            case APPLICATIONS:
                anchors = TABLE3_ANCHORS;
                break;
            case REVIEW_LITIGATION:
                anchors = List.of("结果维持");
                break;
            default:
                return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().length() > 250) {
                continue;
            }
            for (String anchor : anchors) {
                if (lines.get(i).key().contains(anchor) && lines.get(i).key().length() < 200) {
                    return section == Section.REVIEW_LITIGATION ? Math.max(0, i - 1) : i;
                }
            }
        }
        return -1;
    }

    private static Map<Section, String> sections(
            List<SourceLine> lines, List<SectionLocator.Heading> headings, ProvenanceBuilder provenance) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (int h = 0; h < headings.size(); h++) {
            SectionLocator.Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.size();
            boolean hasTable = heading.section() == Section.PROACTIVE
                    || heading.section() == Section.APPLICATIONS
                    || heading.section() == Section.REVIEW_LITIGATION;
            List<SourceLine> body = new ArrayList<>();
            for (int i = heading.index() + 1; i < end; i++) {
                SourceLine line = lines.get(i);
                if (hasTable && isTableLine(line)) {
                    break;
                }
                body.add(line);
            }
            while (!body.isEmpty() && body.get(0).isBlank()) {
                body.remove(0);
            }
            while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
                body.remove(body.size() - 1);
            }
            int length = 0;
            for (SourceLine line : body) {
                length += line.text().length() + 1;
            }
            StringBuilder text = new StringBuilder(length);
            List<Integer> sourceLines = new ArrayList<>(body.size());
            for (SourceLine line : body) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                appendWithoutMarkdownMarks(text, line.text());
                sourceLines.add(line.line());
            }
            sections.put(heading.section(), text.toString());
            provenance.sectionLines(heading.section(), sourceLines);
            provenance.line(CellPath.section(heading.section()), heading.line());
        }
        return sections;
    }

    private static boolean isTableLine(SourceLine line) {
        if (line.hasValues() || line.text().indexOf('\t') >= 0) {
            return true;
        }
        String key = line.key();
        for (String anchor : TABLE_ANCHORS) {
            if (key.startsWith(anchor) || key.length() < 30 && key.contains(anchor)) {
                return true;
            }
        }
        return false;
    }
}
