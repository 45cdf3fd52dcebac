package org.nianbao.core.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.ApplicantColumn;
import org.nianbao.core.report.ApplicationRow;
import org.nianbao.core.report.Cell;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.report.CellTable;
import org.nianbao.core.report.FormatVersion;
import org.nianbao.core.report.ProactiveColumn;
import org.nianbao.core.report.ProactiveItem;
import org.nianbao.core.report.ReviewGroup;
import org.nianbao.core.report.ReviewOutcome;
import org.nianbao.core.report.Section;

/**
 * Lays a report out as the official template draws it: the title, then each section's heading and text, with
 * table 二 after the text of section 二, table 三 after section 三's and table 四 after section 四's. The tables
 * follow the template of the report's format version (2021, or 2019 with its own table 二 and a single
 * （六）其他处理 row); a 2021 report that prints （六）其他处理 as one row keeps it so. Blank cells stay blank.
 * Stateless.
 */
public final class ReportLayout {
    /** The note printed in the corner of table 三. */
    public static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private ReportLayout() {}

    public static ReportDocument of(AnnualReport report) {
        List<ReportDocument.Part> parts = new ArrayList<>();
        for (Section section : Section.all()) {
            parts.add(new ReportDocument.Heading(section.heading()));
            String text = report.sections().get(section);
            if (text != null) {
                for (String paragraph : text.split("\n")) {
                    if (!paragraph.isBlank()) {
                        parts.add(new ReportDocument.Paragraph(paragraph.strip()));
                    }
                }
            }
            Grid grid = table(report, section);
            if (grid != null) {
                parts.add(new ReportDocument.Table(grid));
            }
        }
        return new ReportDocument(title(report), parts);
    }

    /** The title as printed, or made from agency and year when the report kept none. */
    public static String title(AnnualReport report) {
        if (report.title() != null) {
            return report.title();
        }
        return (report.agency() == null ? "" : report.agency())
                + (report.year() == null ? "" : report.year() + "年")
                + "政府信息公开工作年度报告";
    }

    private static @Nullable Grid table(AnnualReport report, Section section) {
        switch (section) {
            case PROACTIVE:
                return report.proactive() == null ? null : proactive(report.formatVersion(), report.proactive());
            case APPLICATIONS:
                return report.applications() == null ? null : applications(report.applications());
            case REVIEW_LITIGATION:
                return report.reviewLitigation() == null ? null : review(report.reviewLitigation());
            default:
                return null;
        }
    }

    /** Table 二: a caption row per 第二十条 item, a header row, then its rows; 4 columns. */
    static Grid proactive(FormatVersion version, CellTable<ProactiveItem, ProactiveColumn> table) {
        GridBuilder grid = new GridBuilder("表二", 4);
        Map<String, List<ProactiveItem>> byCaption = new LinkedHashMap<>();
        for (ProactiveItem item : ProactiveItem.items(version)) {
            byCaption.computeIfAbsent(item.caption(), c -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<String, List<ProactiveItem>> group : byCaption.entrySet()) {
            List<ProactiveColumn> columns = group.getValue().get(0).columns(version);
            grid.header(0, 1, 4, group.getKey());
            grid.nextRow();
            grid.header(0, 1, 1, "信息内容");
            place(columns.size(), (column, start, span) ->
                    grid.header(start, 1, span, columns.get(column).label(version)));
            grid.nextRow();
            for (ProactiveItem item : group.getValue()) {
                String label = item.label(version);
                grid.label(0, 1, 1, label == null ? item.name() : label);
                place(columns.size(), (column, start, span) -> {
                    ProactiveColumn c = columns.get(column);
                    grid.value(start, 1, span, CellPath.of(item, c), table.cell(item, c));
                });
                grid.nextRow();
            }
        }
        return grid.build(0);
    }

    /** Lays {@code count} columns over the three value columns: one each, the last taking what remains. */
    private static void place(int count, Placement placement) {
        for (int i = 0; i < count; i++) {
            int start = 1 + i;
            int span = i == count - 1 ? 3 - i : 1;
            placement.at(i, start, span);
        }
    }

    private interface Placement {
        void at(int column, int start, int span);
    }

    /** Table 三: three label columns (section, group, item) and seven value columns under a two-level header. */
    static Grid applications(CellTable<ApplicationRow, ApplicantColumn> table) {
        GridBuilder grid = new GridBuilder("表三", 10);
        grid.header(0, 3, 3, TABLE3_NOTE);
        grid.header(3, 1, 7, "申请人情况");
        grid.nextRow();
        grid.header(3, 2, 1, ApplicantColumn.NATURAL_PERSON.label());
        grid.header(4, 1, 5, "法人或其他组织");
        grid.header(9, 2, 1, ApplicantColumn.TOTAL.label());
        grid.nextRow();
        for (ApplicantColumn column : ApplicantColumn.applicants()) {
            if (column != ApplicantColumn.NATURAL_PERSON) {
                grid.header(column.ordinal() + 3, 1, 1, column.label());
            }
        }
        grid.nextRow();
        List<ApplicationRow> rows = ApplicationRow.layout(table.hasRow(ApplicationRow.OTHER));
        int outcomes = (int) rows.stream()
                .filter(r -> r.isOutcome() || r.kind() == ApplicationRow.Kind.RESULT_TOTAL)
                .count();
        boolean resultLabelPlaced = false;
        String group = null;
        for (int i = 0; i < rows.size(); i++) {
            ApplicationRow row = rows.get(i);
            boolean inResult = row.isOutcome() || row.kind() == ApplicationRow.Kind.RESULT_TOTAL;
            if (!inResult) {
                grid.label(0, 1, 3, row.label());
            } else {
                if (!resultLabelPlaced) {
                    grid.label(0, outcomes, 1, "三、本年度办理结果");
                    resultLabelPlaced = true;
                }
                if (row.group() == null) {
                    grid.label(1, 1, 2, row.label());
                    group = null;
                } else {
                    if (!row.group().equals(group)) {
                        int members = 0;
                        for (int j = i; j < rows.size() && row.group().equals(rows.get(j).group()); j++) {
                            members++;
                        }
                        grid.label(1, members, 1, row.group());
                        group = row.group();
                    }
                    grid.label(2, 1, 1, row.label());
                }
            }
            for (ApplicantColumn column : ApplicantColumn.all()) {
                grid.value(3 + column.ordinal(), 1, 1, CellPath.of(row, column), table.cell(row, column));
            }
            grid.nextRow();
        }
        return grid.build(3);
    }

    /** Table 四: 行政复议 (five columns) and 行政诉讼 (two groups of five) over three header rows. */
    static Grid review(CellTable<ReviewGroup, ReviewOutcome> table) {
        GridBuilder grid = new GridBuilder("表四", 15);
        grid.header(0, 1, 5, "行政复议");
        grid.header(5, 1, 10, "行政诉讼");
        grid.nextRow();
        for (ReviewOutcome outcome : ReviewOutcome.all()) {
            grid.header(outcome.ordinal(), 2, 1, outcome.label());
        }
        grid.header(5, 1, 5, "未经复议直接起诉");
        grid.header(10, 1, 5, "复议后起诉");
        grid.nextRow();
        for (int group = 1; group < 3; group++) {
            for (ReviewOutcome outcome : ReviewOutcome.all()) {
                grid.header(group * 5 + outcome.ordinal(), 1, 1, outcome.label());
            }
        }
        grid.nextRow();
        for (ReviewGroup group : ReviewGroup.all()) {
            for (ReviewOutcome outcome : ReviewOutcome.all()) {
                grid.value(group.ordinal() * 5 + outcome.ordinal(), 1, 1, CellPath.of(group, outcome),
                        table.cell(group, outcome));
            }
        }
        grid.nextRow();
        return grid.build(3);
    }

    /** The value as printed: the number, the amount as written (with its unit if it has one), "" for a blank. */
    public static String printed(Cell cell) {
        if (cell instanceof Cell.Count count) {
            return Long.toString(count.value());
        }
        if (cell instanceof Cell.Amount amount) {
            return amount.text();
        }
        if (cell instanceof Cell.Unreadable unreadable) {
            return unreadable.printed();
        }
        return "";
    }

    /** Collects cells row by row. */
    private static final class GridBuilder {
        private final String name;
        private final int columns;
        private final List<GridCell> cells = new ArrayList<>();
        private int row;

        GridBuilder(String name, int columns) {
            this.name = name;
            this.columns = columns;
        }

        void header(int column, int rowSpan, int columnSpan, String text) {
            cells.add(new GridCell(row, column, rowSpan, columnSpan, GridCell.Kind.HEADER, text, null, null));
        }

        void label(int column, int rowSpan, int columnSpan, String text) {
            cells.add(new GridCell(row, column, rowSpan, columnSpan, GridCell.Kind.LABEL, text, null, null));
        }

        void value(int column, int rowSpan, int columnSpan, CellPath path, Cell value) {
            cells.add(new GridCell(row, column, rowSpan, columnSpan, GridCell.Kind.VALUE, printed(value), path, value));
        }

        void nextRow() {
            row++;
        }

        Grid build(int headerRows) {
            List<GridCell> sorted = new ArrayList<>(cells);
            sorted.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                    : Integer.compare(a.column(), b.column()));
            return new Grid(name, row, columns, headerRows, sorted);
        }
    }
}
