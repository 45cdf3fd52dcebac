package org.nianbao.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.NewUser;
import org.nianbao.core.account.Role;
import org.nianbao.core.account.User;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.core.library.Agency;
import org.nianbao.core.library.AgencyLevel;
import org.nianbao.core.library.NewAgency;
import org.nianbao.web.Answers;
import org.nianbao.web.Page;
import org.nianbao.web.Services;
import org.nianbao.web.Templates;
import org.nianbao.web.auth.Authentication;
import org.nianbao.web.auth.Passwords;
import org.nianbao.web.error.WebException;

/** Users, agencies and the audit log: for admins only. */
public final class AdminRoutes {

    public record UsersPage(Page page, List<User> users, List<Agency> agencies, @Nullable String error) {
        public String agencyName(@Nullable Long id) {
            if (id == null) {
                return "—";
            }
            return agencies.stream().filter(agency -> agency.id() == id).map(Agency::name).findFirst().orElse("?");
        }
    }

    public record AgenciesPage(Page page, List<Agency> agencies, @Nullable String error) {
        public String parentName(@Nullable Long id) {
            if (id == null) {
                return "—";
            }
            return agencies.stream().filter(agency -> agency.id() == id).map(Agency::name).findFirst().orElse("?");
        }
    }

    public record AuditPage(Page page, List<AuditEntry> entries) {}

    private final Services services;
    private final Templates templates;

    public AdminRoutes(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin/*", AdminRoutes::requireAdmin);
        routes.get("/admin/users", this::users);
        routes.post("/admin/users", this::createUserPage);
        routes.post("/admin/users/{id}/active", this::setActivePage);
        routes.get("/admin/agencies", this::agencies);
        routes.post("/admin/agencies", this::createAgencyPage);
        routes.get("/admin/audit", this::audit);

        routes.before("/api/admin/*", AdminRoutes::requireAdmin);
        routes.post("/api/admin/users", this::createUserApi);
        routes.post("/api/admin/users/{id}/active", this::setActiveApi);
        routes.post("/api/admin/agencies", this::createAgencyApi);
        routes.get("/api/admin/audit", this::auditApi);
        routes.post("/api/admin/backup", this::backup);
    }

    private static void requireAdmin(Context ctx) {
        User user = Authentication.optionalUser(ctx);
        if (user != null && user.role() != Role.ADMIN) {
            throw WebException.forbidden("只有管理员可以管理用户、单位和查看审计日志");
        }
    }

    private void users(Context ctx) {
        templates.render(ctx, "admin/users.jte", new UsersPage(Page.of(ctx, "用户管理", "users"), services.users().all(),
                services.agencies().all(), null));
    }

    private void createUserPage(Context ctx) {
        try {
            createUser(ctx, form(ctx, "username"), form(ctx, "display_name"), form(ctx, "role"), form(ctx, "agency_id"),
                    form(ctx, "password"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            templates.render(ctx, "admin/users.jte", new UsersPage(Page.of(ctx, "用户管理", "users"),
                    services.users().all(), services.agencies().all(), e.getMessage()));
            return;
        }
        ctx.redirect("/admin/users?notice=" + URLEncoder.encode("用户已创建", StandardCharsets.UTF_8));
    }

    private void createUserApi(Context ctx) {
        Map<?, ?> body = jsonObject(ctx);
        User user;
        try {
            user = createUser(ctx, text(body.get("username")), text(body.get("display_name")), text(body.get("role")),
                    text(body.get("agency_id")), text(body.get("password")));
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", user.id());
        answer.put("username", user.username());
        answer.put("role", user.role().key());
        answer.put("agency_id", user.agencyId());
        ctx.status(201);
        Answers.json(ctx, answer);
    }

    private User createUser(Context ctx, String username, String displayName, String role, String agencyId,
            String password) {
        User admin = Authentication.user(ctx);
        Passwords.requireAcceptable(password);
        Long agency = agencyId.isBlank() ? null : parseId(agencyId);
        if (agency != null && services.agencies().find(agency).isEmpty()) {
            throw new IllegalArgumentException("单位 " + agency + " 不存在");
        }
        if (services.users().findByUsername(username.strip()).isPresent()) {
            throw new IllegalArgumentException("用户名「" + username.strip() + "」已存在");
        }
        NewUser user = new NewUser(username.strip(), displayName.isBlank() ? username.strip() : displayName.strip(),
                Role.fromKey(role.strip()), agency);
        return services.users().create(user, Passwords.hash(password), new AuditEntry(services.clock().instant(),
                admin.id(), admin.username(), "user.create", "user", null, null,
                CanonicalJson.writeTree(describe(user))));
    }

    private void setActivePage(Context ctx) {
        boolean active = "true".equals(ctx.formParam("active"));
        setActive(ctx, active);
        ctx.redirect("/admin/users?notice=" + URLEncoder.encode(active ? "已启用" : "已停用", StandardCharsets.UTF_8));
    }

    private void setActiveApi(Context ctx) {
        Object active = jsonObject(ctx).get("active");
        if (!(active instanceof Boolean)) {
            throw WebException.badRequest("请求体应为 {\"active\": true 或 false}");
        }
        setActive(ctx, (Boolean) active);
        ctx.status(204);
    }

    /** Enables or disables a user; an admin cannot disable themselves (there would be no one left to undo it). */
    private void setActive(Context ctx, boolean active) {
        User admin = Authentication.user(ctx);
        long id = parseId(ctx.pathParam("id"));
        User user = services.users().find(id).orElseThrow(() -> WebException.notFound("用户不存在"));
        if (!active && user.id() == admin.id()) {
            throw WebException.badRequest("不能停用自己的账号");
        }
        services.users().setActive(id, active, new AuditEntry(services.clock().instant(), admin.id(),
                admin.username(), active ? "user.enable" : "user.disable", "user", Long.toString(id),
                Boolean.toString(user.active()), Boolean.toString(active)));
    }

    private void agencies(Context ctx) {
        templates.render(ctx, "admin/agencies.jte", new AgenciesPage(Page.of(ctx, "单位管理", "agencies"),
                services.agencies().all(), null));
    }

    private void createAgencyPage(Context ctx) {
        try {
            createAgency(ctx, form(ctx, "name"), form(ctx, "code"), form(ctx, "level"), form(ctx, "parent_id"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            templates.render(ctx, "admin/agencies.jte", new AgenciesPage(Page.of(ctx, "单位管理", "agencies"),
                    services.agencies().all(), e.getMessage()));
            return;
        }
        ctx.redirect("/admin/agencies?notice=" + URLEncoder.encode("单位已创建", StandardCharsets.UTF_8));
    }

    private void createAgencyApi(Context ctx) {
        Map<?, ?> body = jsonObject(ctx);
        Agency agency;
        try {
            agency = createAgency(ctx, text(body.get("name")), text(body.get("code")), text(body.get("level")),
                    text(body.get("parent_id")));
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", agency.id());
        answer.put("name", agency.name());
        answer.put("level", agency.level().key());
        answer.put("parent_id", agency.parentId());
        ctx.status(201);
        Answers.json(ctx, answer);
    }

    private Agency createAgency(Context ctx, String name, String code, String level, String parentId) {
        User admin = Authentication.user(ctx);
        String trimmed = name.strip();
        if (services.agencies().findByName(trimmed).isPresent()) {
            throw new IllegalArgumentException("单位「" + trimmed + "」已存在");
        }
        Long parent = parentId.isBlank() ? null : parseId(parentId);
        if (parent != null && services.agencies().find(parent).isEmpty()) {
            throw new IllegalArgumentException("上级单位 " + parent + " 不存在");
        }
        AgencyLevel agencyLevel = level.isBlank() ? AgencyLevel.guess(trimmed) : AgencyLevel.fromKey(level.strip());
        NewAgency agency = new NewAgency(code.isBlank() ? null : code.strip(), trimmed, agencyLevel, parent);
        return services.agencies().create(agency, new AuditEntry(services.clock().instant(), admin.id(),
                admin.username(), "agency.create", "agency", null, null, trimmed));
    }

    private void audit(Context ctx) {
        templates.render(ctx, "admin/audit.jte", new AuditPage(Page.of(ctx, "审计日志", "audit"),
                services.audit().recent(500)));
    }

    private void auditApi(Context ctx) {
        List<Object> entries = new ArrayList<>();
        for (AuditEntry entry : services.audit().recent(1000)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("at", entry.at().toString());
            item.put("user_id", entry.userId());
            item.put("username", entry.username());
            item.put("action", entry.action());
            item.put("object_type", entry.objectType());
            item.put("object_id", entry.objectId());
            item.put("before", entry.before());
            item.put("after", entry.after());
            entries.add(item);
        }
        Answers.json(ctx, Map.of("entries", entries));
    }

    /** A consistent copy of the running database as a zip (H2's online BACKUP), streamed and then deleted. */
    private void backup(Context ctx) throws java.io.IOException {
        User admin = Authentication.user(ctx);
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("nianbao-backup");
        java.nio.file.Path zip = directory.resolve("nianbao.zip");
        try {
            services.backup().to(zip);
        } catch (UnsupportedOperationException e) {
            java.nio.file.Files.deleteIfExists(directory);
            throw new WebException(501, e.getMessage());
        }
        services.audit().record(new AuditEntry(services.clock().instant(), admin.id(), admin.username(),
                "database.backup", "database", null, null, java.nio.file.Files.size(zip) + " 字节"));
        String name = "nianbao-" + java.time.LocalDate.ofInstant(services.clock().instant(), java.time.ZoneOffset.UTC)
                + ".zip";
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            ctx.result(java.nio.file.Files.readAllBytes(zip));
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
            java.nio.file.Files.deleteIfExists(directory);
        }
    }

    private static Map<String, Object> describe(NewUser user) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("username", user.username());
        description.put("display_name", user.displayName());
        description.put("role", user.role().key());
        description.put("agency_id", user.agencyId());
        return description;
    }

    private static Map<?, ?> jsonObject(Context ctx) {
        Object body = CanonicalJson.readTree(ctx.body());
        if (!(body instanceof Map<?, ?> map)) {
            throw WebException.badRequest("请求体应为 JSON 对象");
        }
        return map;
    }

    private static String form(Context ctx, String name) {
        return Objects.requireNonNullElse(ctx.formParam(name), "");
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("编号应为整数：" + id);
        }
    }
}
