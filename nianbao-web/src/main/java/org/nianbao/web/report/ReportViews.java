package org.nianbao.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.rendering.Grid;
import org.nianbao.core.rendering.GridCell;
import org.nianbao.core.rendering.ReportDocument;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Severity;

/** Turns a report and its findings into what the templates draw: the official tables with the wrong cells marked. */
public final class ReportViews {

    /** One cell of a drawn table. */
    public record CellView(
            String tag, int rowSpan, int colSpan, String text, String css, @Nullable String path, String title) {}

    public record TableView(String name, String caption, int headerRows, List<List<CellView>> rows) {}

    /** A part of the report in printed order: a heading, a paragraph or a table. */
    public record PartView(String kind, String text, @Nullable TableView table) {}

    public record FindingView(
            String rule,
            String severity,
            String severityLabel,
            @Nullable String cell,
            @Nullable String expected,
            @Nullable String actual,
            String message,
            @Nullable Integer line,
            @Nullable Integer page) {

        public boolean error() {
            return severity.equals(Severity.ERROR.key());
        }
    }

    private ReportViews() {}

    public static List<PartView> parts(AnnualReport report, List<Finding> findings) {
        ReportDocument document = ReportLayout.of(report);
        List<PartView> parts = new ArrayList<>();
        for (ReportDocument.Part part : document.parts()) {
            if (part instanceof ReportDocument.Heading heading) {
                parts.add(new PartView("heading", heading.text(), null));
            } else if (part instanceof ReportDocument.Paragraph paragraph) {
                parts.add(new PartView("paragraph", paragraph.text(), null));
            } else if (part instanceof ReportDocument.Table table) {
                parts.add(new PartView("table", "", table(table.grid(), findings)));
            }
        }
        return parts;
    }

    public static List<FindingView> findings(List<Finding> findings) {
        List<FindingView> views = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            views.add(new FindingView(finding.rule().id(), finding.severity().key(), finding.severity().label(),
                    finding.cell() == null ? null : finding.cell().value(), number(finding.expected()),
                    number(finding.actual()), finding.message(), finding.line(), finding.page()));
        }
        return views;
    }

    private static TableView table(Grid grid, List<Finding> findings) {
        List<List<CellView>> rows = new ArrayList<>(grid.rows());
        for (int row = 0; row < grid.rows(); row++) {
            rows.add(new ArrayList<>());
        }
        for (GridCell cell : grid.cells()) { // one pass: the cells are in row-major order
            rows.get(cell.row()).add(cell(cell, findings));
        }
        return new TableView(grid.name(), caption(grid.name()), grid.headerRows(), rows);
    }

    private static CellView cell(GridCell cell, List<Finding> findings) {
        String tag = cell.kind() == GridCell.Kind.VALUE ? "td" : "th";
        StringBuilder css = new StringBuilder(cell.kind().name().toLowerCase(java.util.Locale.ROOT));
        StringBuilder title = new StringBuilder();
        if (cell.path() != null) {
            boolean error = false;
            boolean marked = false;
            for (Finding finding : findings) {
                if (finding.cell() != null && finding.cell().contains(cell.path())) {
                    marked = true;
                    error |= finding.severity() == Severity.ERROR;
                    if (title.length() > 0) {
                        title.append('\n');
                    }
                    title.append(finding.message());
                }
            }
            if (marked) {
                css.append(error ? " wrong error" : " wrong warning");
            }
        }
        return new CellView(tag, cell.rowSpan(), cell.columnSpan(), cell.text(), css.toString(),
                cell.path() == null ? null : cell.path().value(), title.toString());
    }

    /** The words after a table's name, as its section heading says them (the names come from {@code ReportLayout}). */
    private static String caption(String gridName) {
        switch (gridName) {
            case "表二":
                return "主动公开政府信息情况";
            case "表三":
                return "收到和处理政府信息公开申请情况";
            case "表四":
                return "政府信息公开行政复议、行政诉讼情况";
            default:
                return "";
        }
    }

    private static @Nullable String number(@Nullable Number value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : Long.toString(value.longValue());
    }
}
