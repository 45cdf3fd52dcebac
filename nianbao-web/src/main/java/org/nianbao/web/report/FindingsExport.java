package org.nianbao.web.report;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.ReportQuery;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.usecase.Scope;
import org.nianbao.core.validation.Finding;
import org.nianbao.formats.Spreadsheets;
import org.nianbao.web.Answers;
import org.nianbao.web.Services;
import org.nianbao.web.auth.Authentication;
import org.nianbao.web.error.WebException;

/**
 * Every finding of the reports a search selects, as CSV (UTF-8 with BOM, so Excel shows the Chinese) or XLSX. The
 * rule and severity filters select reports; all findings of those reports are listed.
 */
final class FindingsExport {
    private static final int MAX_REPORTS = 10_000;
    private static final List<String> HEADER = List.of(
            "报告编号", "单位", "年度", "版本", "规则", "级别", "单元格", "应为", "实为", "说明", "行", "页");

    private final Services services;

    FindingsExport(Services services) {
        this.services = services;
    }

    void download(Context ctx) {
        String format = ctx.pathParam("format");
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw WebException.badRequest("审核意见可导出为 csv 或 xlsx，不支持 " + format);
        }
        Scope scope = Authentication.scope(ctx);
        Filters filters = Filters.of(ctx);
        ReportQuery query = new ReportQuery(filters.query(scope, services.agencies()).agencyIds(),
                filters.agency().isEmpty() ? null : filters.agency(), filters.year(), filters.rule(), filters.severity(),
                MAX_REPORTS, 0);
        List<List<Object>> rows = new ArrayList<>();
        for (ReportSummary summary : services.reports().search(query)) {
            StoredReport report = services.reports().find(summary.id()).orElse(null);
            if (report == null) {
                continue;
            }
            for (Finding finding : report.findings()) {
                rows.add(Arrays.asList(report.id(), report.agency().name(), report.year(), report.current().number(),
                        finding.rule().id(), finding.severity().label(),
                        finding.cell() == null ? null : finding.cell().value(), finding.expected(), finding.actual(),
                        finding.message(), finding.line(), finding.page()));
            }
        }
        if (format.equals("csv")) {
            Answers.attachment(ctx, "审核意见.csv", "text/csv; charset=utf-8");
            ctx.result(csv(rows).getBytes(StandardCharsets.UTF_8));
        } else {
            Answers.attachment(ctx, "审核意见.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ctx.result(Spreadsheets.xlsx("审核意见", HEADER, rows));
        }
    }

    static String csv(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, new ArrayList<>(HEADER));
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(values.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        // a leading = + - @ would make a spreadsheet evaluate the cell: quote it as text
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
