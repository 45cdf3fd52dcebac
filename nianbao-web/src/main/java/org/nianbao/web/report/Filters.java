package org.nianbao.web.report;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.library.AgencyRepository;
import org.nianbao.core.library.ReportQuery;
import org.nianbao.core.usecase.Scope;
import org.nianbao.core.validation.RuleId;
import org.nianbao.core.validation.Severity;
import org.nianbao.web.error.WebException;

/**
 * The search of the library as the page's form and the API's query string give it: {@code agency} (part of the
 * name), {@code region} (an agency id: it and everything below it), {@code year}, {@code rule}, {@code severity},
 * {@code offset}, {@code limit}.
 */
public record Filters(
        String agency, @Nullable Long region, @Nullable Integer year, @Nullable RuleId rule,
        @Nullable Severity severity, int offset, int limit) {

    public static Filters of(Context ctx) {
        return new Filters(
                text(ctx.queryParam("agency")),
                parseLong(ctx.queryParam("region"), "region"),
                parseInt(ctx.queryParam("year"), "year"),
                rule(ctx.queryParam("rule")),
                severity(ctx.queryParam("severity")),
                bounded(parseInt(ctx.queryParam("offset"), "offset"), 0, 0, Integer.MAX_VALUE),
                bounded(parseInt(ctx.queryParam("limit"), "limit"), 50, 1, 1000));
    }

    /** The query, restricted to what the user may see. */
    public ReportQuery query(Scope scope, AgencyRepository agencies) {
        Set<Long> region = this.region == null ? null : agencies.subtree(this.region);
        return new ReportQuery(scope.restrict(region), agency.isEmpty() ? null : agency, year, rule, severity, limit,
                offset);
    }

    public Filters withOffset(int newOffset) {
        return new Filters(agency, region, year, rule, severity, Math.max(0, newOffset), limit);
    }

    /** The query string that gives these filters back (without offset and limit). */
    public String queryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!agency.isEmpty()) {
            params.put("agency", agency);
        }
        if (region != null) {
            params.put("region", region.toString());
        }
        if (year != null) {
            params.put("year", year.toString());
        }
        if (rule != null) {
            params.put("rule", rule.id());
        }
        if (severity != null) {
            params.put("severity", severity.key());
        }
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> query.append(query.length() == 0 ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    public String ruleId() {
        return rule == null ? "" : rule.id();
    }

    public String severityKey() {
        return severity == null ? "" : severity.key();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable RuleId rule(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RuleId.fromId(value.strip());
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("未知的规则：" + value);
        }
    }

    private static @Nullable Severity severity(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            if (severity.key().equals(value.strip())) {
                return severity;
            }
        }
        throw WebException.badRequest("未知的级别：" + value + "（应为 error、warning 或 info）");
    }

    static @Nullable Integer parseInt(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw WebException.badRequest("参数 " + name + " 应为整数：" + value);
        }
    }

    static @Nullable Long parseLong(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw WebException.badRequest("参数 " + name + " 应为整数：" + value);
        }
    }

    private static int bounded(@Nullable Integer value, int fallback, int min, int max) {
        return value == null ? fallback : Math.max(min, Math.min(max, value));
    }
}
