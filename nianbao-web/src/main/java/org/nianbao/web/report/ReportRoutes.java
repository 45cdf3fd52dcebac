package org.nianbao.web.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.User;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.ReportNotFoundException;
import org.nianbao.core.library.ReportSummary;
import org.nianbao.core.library.ReportVersion;
import org.nianbao.core.library.StoredReport;
import org.nianbao.core.rendering.ReportLayout;
import org.nianbao.core.rendering.ReportRenderer;
import org.nianbao.core.report.AnnualReport;
import org.nianbao.core.report.CellPath;
import org.nianbao.core.usecase.Annotations;
import org.nianbao.core.usecase.Scope;
import org.nianbao.core.validation.RuleId;
import org.nianbao.web.Answers;
import org.nianbao.web.Page;
import org.nianbao.web.Services;
import org.nianbao.web.Templates;
import org.nianbao.web.WebConfig;
import org.nianbao.web.auth.Authentication;
import org.nianbao.web.error.WebException;

/** The library: upload, list and search, show, correct, compare and download reports; pages and API. */
public final class ReportRoutes {
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "html", "text/html; charset=utf-8",
            "md", "text/markdown; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final Services services;
    private final Templates templates;
    private final Uploads uploads;
    private final WebConfig config;
    private final FindingsExport export;

    public ReportRoutes(Services services, Templates templates, Uploads uploads, WebConfig config) {
        this.services = services;
        this.templates = templates;
        this.uploads = uploads;
        this.config = config;
        this.export = new FindingsExport(services);
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/reports"));
        routes.get("/reports", this::library);
        routes.get("/reports/upload", this::uploadForm);
        routes.post("/reports/upload", this::uploadPage);
        routes.get("/reports/{id}", this::show);
        routes.post("/reports/{id}/corrections", this::correctPage);
        routes.get("/reports/{id}/download/{format}", this::download);
        routes.get("/reports/{id}/source", this::source);
        routes.get("/compare", this::compare);
        routes.get("/findings/export.{format}", export::download);

        routes.post("/api/reports", this::uploadApi);
        routes.get("/api/reports", this::listApi);
        routes.get("/api/reports/{id}", this::showApi);
        routes.get("/api/reports/{id}/versions", this::versionsApi);
        routes.post("/api/reports/{id}/corrections", this::correctApi);
        routes.get("/api/reports/{id}/download/{format}", this::download);
        routes.get("/api/reports/{id}/source", this::source);
        routes.get("/api/findings.{format}", export::download);
        routes.get("/api/agencies", this::agenciesApi);
    }

    // --- pages

    private void library(Context ctx) {
        Scope scope = Authentication.scope(ctx);
        Filters filters = Filters.of(ctx);
        var query = filters.query(scope, services.agencies());
        List<ReportSummary> reports = services.reports().search(query);
        long total = services.reports().count(query);
        String base = "/reports?" + filters.queryString() + (filters.queryString().isEmpty() ? "" : "&");
        String previous = filters.offset() > 0 ? base + "offset=" + Math.max(0, filters.offset() - filters.limit()) : null;
        String next = filters.offset() + reports.size() < total ? base + "offset=" + (filters.offset() + filters.limit())
                : null;
        templates.render(ctx, "report/library.jte", new ReportPages.Library(Page.of(ctx, "报告库", "reports"), filters,
                reports, total, visibleAgencies(scope), List.of(RuleId.values()), previous, next));
    }

    private void uploadForm(Context ctx) {
        templates.render(ctx, "report/upload.jte", new ReportPages.UploadForm(Page.of(ctx, "上传报告", "upload"),
                List.of(), config.maxFileBytes() / 1024 / 1024, config.maxFilesPerBatch()));
    }

    private void uploadPage(Context ctx) {
        List<Uploads.Result> results = importAll(ctx);
        templates.render(ctx, "report/upload.jte", new ReportPages.UploadForm(Page.of(ctx, "上传结果", "upload"),
                results, config.maxFileBytes() / 1024 / 1024, config.maxFilesPerBatch()));
    }

    private void show(Context ctx) {
        StoredReport report = visibleReport(ctx);
        List<ReportVersion> versions = services.reports().versions(report.id());
        Integer wanted = Filters.parseInt(ctx.queryParam("version"), "version");
        ReportVersion shown = report.current();
        if (wanted != null) {
            shown = versions.stream().filter(version -> version.number() == wanted).findFirst()
                    .orElseThrow(() -> WebException.notFound("报告 " + report.id() + " 没有第 " + wanted + " 版"));
        }
        boolean current = shown.number() == report.current().number();
        var findings = current ? report.findings() : shown.findings();
        String cell = Optional.ofNullable(ctx.queryParam("cell")).orElse("");
        templates.render(ctx, "report/show.jte", new ReportPages.Show(
                Page.of(ctx, report.agency().name() + " " + year(report) + "年报", "reports"), report, shown,
                ReportViews.parts(shown.report(), findings), ReportViews.findings(findings), versions, cell,
                services.renderers().formats(), current));
    }

    private void correctPage(Context ctx) {
        long id = id(ctx);
        StoredReport corrected = correct(ctx, id, required(ctx.formParam("cell"), "单元格"),
                Objects.requireNonNullElse(ctx.formParam("value"), ""), Objects.requireNonNullElse(ctx.formParam("reason"), ""));
        ctx.redirect("/reports/" + id + "?notice=" + URLEncoder.encode(
                "已保存第 " + corrected.current().number() + " 版，原版本保留", StandardCharsets.UTF_8));
    }

    private void compare(Context ctx) {
        Scope scope = Authentication.scope(ctx);
        List<Agency> agencies = visibleAgencies(scope);
        Long agencyId = Filters.parseLong(ctx.queryParam("agency"), "agency");
        Agency agency = null;
        List<Integer> years = List.of();
        ReportPages.Side left = null;
        ReportPages.Side right = null;
        if (agencyId != null) {
            scope.require(agencyId, "查看");
            agency = services.agencies().find(agencyId).orElseThrow(() -> WebException.notFound("单位不存在"));
            List<StoredReport> reports = services.reports().ofAgency(agencyId);
            years = reports.stream().map(StoredReport::year).filter(Objects::nonNull).distinct().sorted().toList();
            Integer a = Filters.parseInt(ctx.queryParam("a"), "a");
            Integer b = Filters.parseInt(ctx.queryParam("b"), "b");
            if (a == null && years.size() >= 2) {
                a = years.get(years.size() - 2);
            }
            if (b == null && !years.isEmpty()) {
                b = years.get(years.size() - 1);
            }
            left = a == null ? null : side(reports, a);
            right = b == null ? null : side(reports, b);
        }
        templates.render(ctx, "report/compare.jte", new ReportPages.Compare(Page.of(ctx, "年度对比", "compare"),
                agencies, agency, years, left, right));
    }

    private static ReportPages.Side side(List<StoredReport> reports, int year) {
        for (StoredReport report : reports) {
            if (Objects.equals(report.year(), year)) {
                return new ReportPages.Side(year, report, ReportViews.parts(report.current().report(), report.findings()),
                        ReportViews.findings(report.findings()));
            }
        }
        return new ReportPages.Side(year, null, List.of(), List.of());
    }

    // --- API

    private void uploadApi(Context ctx) {
        List<Uploads.Result> results = importAll(ctx);
        if (results.size() == 1) {
            Uploads.Result result = results.get(0);
            if (!result.ok()) {
                throw new WebException(result.status(), Objects.requireNonNull(result.error()));
            }
            ctx.status(201);
            Answers.json(ctx, stored(Objects.requireNonNull(result.report())));
            return;
        }
        List<Object> items = new ArrayList<>();
        boolean allStored = true;
        for (Uploads.Result result : results) {
            if (result.ok()) {
                items.add(stored(Objects.requireNonNull(result.report())));
            } else {
                allStored = false;
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("file", result.file());
                failure.put("status", result.status());
                failure.put("error", result.error());
                items.add(failure);
            }
        }
        ctx.status(allStored ? 201 : 207);
        Answers.json(ctx, Map.of("results", items));
    }

    private void listApi(Context ctx) {
        Scope scope = Authentication.scope(ctx);
        Filters filters = Filters.of(ctx);
        var query = filters.query(scope, services.agencies());
        List<Object> reports = new ArrayList<>();
        for (ReportSummary summary : services.reports().search(query)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", summary.id());
            item.put("agency_id", summary.agencyId());
            item.put("agency", summary.agencyName());
            item.put("year", summary.year());
            item.put("format_version", summary.formatVersion().key());
            item.put("version", summary.version());
            item.put("errors", summary.errors());
            item.put("warnings", summary.warnings());
            item.put("source", summary.sourceName());
            item.put("updated_at", summary.updatedAt().toString());
            reports.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", services.reports().count(query));
        body.put("offset", filters.offset());
        body.put("reports", reports);
        Answers.json(ctx, body);
    }

    private void showApi(Context ctx) {
        Answers.json(ctx, stored(visibleReport(ctx)));
    }

    private void versionsApi(Context ctx) {
        StoredReport report = visibleReport(ctx);
        List<Object> versions = new ArrayList<>();
        for (ReportVersion version : services.reports().versions(report.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", version.number());
            item.put("created_by", version.createdBy());
            item.put("created_at", version.createdAt().toString());
            item.put("reason", version.reason());
            item.put("source", Map.of("name", version.source().name(), "size", version.source().size(), "sha256",
                    version.source().sha256(), "format", version.source().format()));
            item.put("report", version.report());
            item.put("findings", version.findings());
            versions.add(item);
        }
        Answers.json(ctx, Map.of("id", report.id(), "versions", versions));
    }

    private void correctApi(Context ctx) {
        Object body = CanonicalJson.readTree(ctx.body());
        if (!(body instanceof Map<?, ?> map)) {
            throw WebException.badRequest("请求体应为 JSON 对象 {\"cell\", \"value\", \"reason\"}");
        }
        Object value = map.get("value");
        StoredReport corrected = correct(ctx, id(ctx), required(string(map.get("cell")), "cell"),
                value == null ? "" : value.toString(), Objects.requireNonNullElse(string(map.get("reason")), ""));
        Answers.json(ctx, stored(corrected));
    }

    private void agenciesApi(Context ctx) {
        List<Object> agencies = new ArrayList<>();
        for (Agency agency : visibleAgencies(Authentication.scope(ctx))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", agency.id());
            item.put("code", agency.code());
            item.put("name", agency.name());
            item.put("level", agency.level().key());
            item.put("parent_id", agency.parentId());
            agencies.add(item);
        }
        Answers.json(ctx, Map.of("agencies", agencies));
    }

    // --- shared

    private void download(Context ctx) {
        StoredReport report = visibleReport(ctx);
        String format = ctx.pathParam("format");
        AnnualReport annual = report.current().report();
        boolean annotate = "1".equals(ctx.queryParam("annotate")) || "true".equals(ctx.queryParam("annotate"));
        byte[] bytes;
        if (format.equals("json")) {
            bytes = CanonicalJson.write(annual).getBytes(StandardCharsets.UTF_8);
        } else {
            ReportRenderer renderer = services.renderers().forFormat(format).orElseThrow(() -> WebException.badRequest(
                    "不支持的下载格式：" + format + "（可选 " + String.join("、", services.renderers().formats())
                            + "、json）"));
            bytes = renderer.render(ReportLayout.of(annual),
                    annotate ? Annotations.of(report.findings()) : List.of());
        }
        String name = report.agency().name() + "-" + year(report) + "-v" + report.current().number()
                + (annotate && !format.equals("json") ? "-审核" : "") + "." + format;
        Answers.attachment(ctx, name, CONTENT_TYPES.getOrDefault(format, "application/octet-stream"));
        ctx.result(bytes);
    }

    private void source(Context ctx) {
        StoredReport report = visibleReport(ctx);
        byte[] bytes = services.reports().sourceBytes(report.current().id())
                .orElseThrow(() -> WebException.notFound("原始文件不存在"));
        Answers.attachment(ctx, report.current().source().name(), "application/octet-stream");
        ctx.result(bytes);
    }

    private List<Uploads.Result> importAll(Context ctx) {
        User user = Authentication.user(ctx);
        Scope scope = Authentication.scope(ctx);
        if (!ctx.isMultipartFormData()) {
            throw new WebException(415, "上传应为 multipart/form-data，文件放在字段 file 中");
        }
        List<UploadedFile> files = ctx.uploadedFiles("file");
        uploads.checkBatch(files);
        List<Uploads.Result> results = new ArrayList<>();
        for (UploadedFile file : files) {
            results.add(uploads.importFile(file, user, scope));
        }
        return results;
    }

    private StoredReport correct(Context ctx, long id, String cell, String value, String reason) {
        User user = Authentication.user(ctx);
        Scope scope = Authentication.scope(ctx);
        CellPath path;
        try {
            path = new CellPath(cell.strip());
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("请填写要更正的单元格");
        }
        try {
            return services.correctReport().run(id, path, value, reason, user, scope);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
    }

    private StoredReport visibleReport(Context ctx) {
        long id = id(ctx);
        StoredReport report = services.reports().find(id).orElseThrow(() -> new ReportNotFoundException(id));
        if (!Authentication.scope(ctx).includes(report.agency().id())) {
            throw new ReportNotFoundException(id); // not 403: do not reveal that the report exists
        }
        return report;
    }

    private List<Agency> visibleAgencies(Scope scope) {
        return services.agencies().all().stream().filter(agency -> scope.includes(agency.id())).toList();
    }

    static Map<String, Object> stored(StoredReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", report.id());
        body.put("version", report.current().number());
        body.put("agency_id", report.agency().id());
        body.put("report", report.current().report());
        body.put("findings", report.findings());
        return body;
    }

    private static long id(Context ctx) {
        Long id = Filters.parseLong(ctx.pathParam("id"), "id");
        if (id == null) {
            throw WebException.badRequest("缺少报告编号");
        }
        return id;
    }

    private static String year(StoredReport report) {
        return report.year() == null ? "未知" : report.year().toString();
    }

    private static String required(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw WebException.badRequest("请填写" + what);
        }
        return value;
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
