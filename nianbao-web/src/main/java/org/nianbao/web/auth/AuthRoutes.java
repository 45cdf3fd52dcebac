package org.nianbao.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.User;
import org.nianbao.core.json.CanonicalJson;
import org.nianbao.web.Page;
import org.nianbao.web.Services;
import org.nianbao.web.Templates;
import org.nianbao.web.error.WebException;

/** Login, logout, the own account (password, API tokens). */
public final class AuthRoutes {

    public record LoginPage(Page page, String token, String next, @Nullable String error) {}

    public record AccountPage(Page page, @Nullable String newToken, @Nullable String error) {}

    private final Services services;
    private final Templates templates;
    private final Authentication authentication;

    public AuthRoutes(Services services, Templates templates, Authentication authentication) {
        this.services = services;
        this.templates = templates;
        this.authentication = authentication;
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", this::loginForm);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/account", this::account);
        routes.post("/account/password", this::changePassword);
        routes.post("/account/tokens", this::createTokenPage);
        routes.post("/api/tokens", this::createTokenApi);
    }

    private void loginForm(Context ctx) {
        templates.render(ctx, "auth/login.jte", new LoginPage(Page.of(ctx, "登录", "login"),
                authentication.loginFormToken(ctx), safeNext(ctx.queryParam("next")), null));
    }

    private void login(Context ctx) {
        String username = Objects.requireNonNullElse(ctx.formParam("username"), "").strip();
        String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
        String next = safeNext(ctx.formParam("next"));
        if (authentication.login(ctx, username, password).isPresent()) {
            ctx.redirect(next);
            return;
        }
        ctx.status(401);
        templates.render(ctx, "auth/login.jte", new LoginPage(Page.of(ctx, "登录", "login"),
                authentication.loginFormToken(ctx), next, "用户名或密码错误"));
    }

    private void logout(Context ctx) {
        authentication.logout(ctx);
        ctx.redirect("/login");
    }

    private void account(Context ctx) {
        templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), null, null));
    }

    private void changePassword(Context ctx) {
        User user = Authentication.user(ctx);
        String current = Objects.requireNonNullElse(ctx.formParam("current"), "");
        String replacement = Objects.requireNonNullElse(ctx.formParam("password"), "");
        String hash = services.users().passwordHash(user.id()).orElse("");
        String error = null;
        if (!Passwords.verify(current, hash)) {
            error = "当前密码不正确";
        } else {
            try {
                Passwords.requireAcceptable(replacement);
                services.users().changePassword(user.id(), Passwords.hash(replacement), new AuditEntry(
                        services.clock().instant(), user.id(), user.username(), "user.password", "user",
                        Long.toString(user.id()), null, null));
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        if (error != null) {
            ctx.status(400);
            templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), null, error));
            return;
        }
        ctx.redirect("/account?notice=" + java.net.URLEncoder.encode("密码已修改", java.nio.charset.StandardCharsets.UTF_8));
    }

    private void createTokenPage(Context ctx) {
        String token = createToken(ctx, Objects.requireNonNullElse(ctx.formParam("name"), "API"));
        templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), token, null));
    }

    private void createTokenApi(Context ctx) {
        String name = "API";
        if (!ctx.body().isBlank()) {
            Object body = CanonicalJson.readTree(ctx.body());
            if (body instanceof Map<?, ?> map && map.get("name") != null) {
                name = map.get("name").toString();
            }
        }
        String token = createToken(ctx, name);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", token);
        answer.put("name", name);
        ctx.status(201).contentType("application/json; charset=utf-8").result(CanonicalJson.writeTree(answer));
    }

    private String createToken(Context ctx, String name) {
        User user = Authentication.user(ctx);
        if (name.isBlank() || name.length() > 100) {
            throw WebException.badRequest("令牌名称不能为空，且不超过100个字符");
        }
        String token = "nbk_" + Tokens.random();
        services.sessions().createApiToken(Tokens.sha256(token), user.id(), name.strip(), new AuditEntry(
                services.clock().instant(), user.id(), user.username(), "token.create", "user",
                Long.toString(user.id()), null, name.strip()));
        return token;
    }

    /** Only local paths: an absolute URL in {@code next} would make the login an open redirect. */
    private static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/reports";
        }
        return next;
    }
}
