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
import org.nianbao.web.Answers;
import org.nianbao.web.Page;
import org.nianbao.web.Services;
import org.nianbao.web.Templates;
import org.nianbao.web.error.WebException;

/** Login, logout, the own account (password, API tokens). */
public final class AuthRoutes {

    public record LoginPage(Page page, String token, String next, @Nullable String error) {}

    public record AccountPage(
            Page page, java.util.List<org.nianbao.core.account.ApiToken> tokens, @Nullable String newToken,
            @Nullable String error) {}

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
        routes.post("/account/tokens/{id}/revoke", this::revokeTokenPage);
        routes.get("/api/tokens", this::listTokensApi);
        routes.delete("/api/tokens/{id}", this::revokeTokenApi);
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
        templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), tokens(ctx), null, null));
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
            templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), tokens(ctx), null, error));
            return;
        }
        ctx.redirect("/account?notice=" + java.net.URLEncoder.encode("密码已修改", java.nio.charset.StandardCharsets.UTF_8));
    }

    private void createTokenPage(Context ctx) {
        String token = createToken(ctx, Objects.requireNonNullElse(ctx.formParam("name"), "API"));
        templates.render(ctx, "auth/account.jte", new AccountPage(Page.of(ctx, "我的账号", "account"), tokens(ctx), token, null));
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
        ctx.status(201);
        Answers.json(ctx, answer);
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

    private java.util.List<org.nianbao.core.account.ApiToken> tokens(Context ctx) {
        return services.sessions().apiTokens(Authentication.user(ctx).id());
    }

    private void listTokensApi(Context ctx) {
        java.util.List<Object> tokens = new java.util.ArrayList<>();
        for (org.nianbao.core.account.ApiToken token : tokens(ctx)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", token.id());
            item.put("name", token.name());
            item.put("created_at", token.createdAt().toString());
            tokens.add(item);
        }
        Answers.json(ctx, Map.of("tokens", tokens));
    }

    private void revokeTokenPage(Context ctx) {
        revoke(ctx);
        ctx.redirect("/account?notice=" + java.net.URLEncoder.encode("令牌已撤销", java.nio.charset.StandardCharsets.UTF_8));
    }

    private void revokeTokenApi(Context ctx) {
        revoke(ctx);
        ctx.status(204);
    }

    /** Revokes one of the user's own tokens (another user's token id is simply not found). */
    private void revoke(Context ctx) {
        User user = Authentication.user(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WebException.badRequest("令牌编号应为整数");
        }
        boolean revoked = services.sessions().deleteApiToken(id, user.id(), new AuditEntry(services.clock().instant(),
                user.id(), user.username(), "token.revoke", "api_token", Long.toString(id), null, null));
        if (!revoked) {
            throw WebException.notFound("没有这个令牌");
        }
        authentication.forgetTokens();
    }

    /** Only local paths: an absolute URL in {@code next} would make the login an open redirect. */
    private static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/reports";
        }
        return next;
    }
}
