package org.nianbao.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.nianbao.core.account.AuditEntry;
import org.nianbao.core.account.Session;
import org.nianbao.core.account.User;
import org.nianbao.core.usecase.Scope;
import org.nianbao.web.Services;
import org.nianbao.web.WebConfig;
import org.nianbao.web.error.WebException;

/**
 * Who is asking. Browsers carry a session cookie (HttpOnly, SameSite=Lax; only its SHA-256 is stored); API clients
 * send HTTP Basic or a bearer token. Every state change made with a session cookie must carry the session's CSRF
 * token (form field {@code _csrf} or header {@code X-CSRF-Token}); Basic and bearer requests carry no ambient
 * credentials and need none. Thread-safe.
 */
public final class Authentication {
    public static final String SESSION_COOKIE = "nianbao_session";
    public static final String LOGIN_COOKIE = "nianbao_login";
    public static final Duration SESSION_LENGTH = Duration.ofHours(12);
    private static final Duration BASIC_CACHE = Duration.ofMinutes(5);
    private static final String USER = "nianbao.user";
    private static final String SESSION = "nianbao.session";
    private static final String SCOPE = "nianbao.scope";

    private final Services services;
    private final LoginThrottle throttle;
    private final WebConfig config;
    /** Basic credentials verified recently (user name + SHA-256 of the password → until), so that an API client
     * sending Basic on every request does not pay Argon2 on every request. */
    private final ConcurrentHashMap<String, Instant> verifiedBasic = new ConcurrentHashMap<>();
    /** Bearer tokens looked up recently (token hash → user and until when), so that an API client's every request
     * does not cost two queries; a user deactivated or a token removed is refused at most {@link #TOKEN_CACHE} later. */
    private final ConcurrentHashMap<String, CachedUser> tokens = new ConcurrentHashMap<>();
    static final Duration TOKEN_CACHE = Duration.ofSeconds(10);

    private record CachedUser(User user, Instant until) {}

    public Authentication(Services services, LoginThrottle throttle, WebConfig config) {
        this.services = services;
        this.throttle = throttle;
        this.config = config;
    }

    /** Before every request: finds the user, refuses anonymous access to anything but the public paths. */
    public void authenticate(Context ctx) {
        String path = ctx.path();
        Optional<User> user = fromAuthorizationHeader(ctx);
        if (user.isEmpty()) {
            user = fromSessionCookie(ctx);
        }
        user.ifPresent(found -> {
            ctx.attribute(USER, found);
            ctx.attribute(SCOPE, Scope.of(found, services.agencies()));
        });
        if (user.isPresent() || isPublic(path)) {
            return;
        }
        if (isApi(path)) {
            ctx.header("WWW-Authenticate", "Basic realm=\"nianbao\", charset=\"UTF-8\"");
            throw new WebException(401, "需要登录：请使用 HTTP Basic 或 Bearer 令牌");
        }
        ctx.redirect("/login" + (ctx.method() == HandlerType.GET ? "?next=" + urlEncode(pathWithQuery(ctx)) : ""));
        ctx.skipRemainingHandlers();
    }

    /** Before every state change: a cookie-authenticated request must send the session's CSRF token. */
    public void checkCsrf(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (ctx.path().equals("/login")) {
            String cookie = ctx.cookie(LOGIN_COOKIE);
            String sent = ctx.formParam("_csrf");
            if (cookie == null || sent == null || !Tokens.same(cookie, sent)) {
                throw new WebException(403, "登录表单已过期，请刷新页面后重试");
            }
            return;
        }
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            return;
        }
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        if (sent == null || !Tokens.same(sent, session.csrfToken())) {
            throw new WebException(403, "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
        }
    }

    /** Logs a user in from the login form; the throttle and the audit log see every attempt. */
    public Optional<User> login(Context ctx, String username, String password) {
        String address = ctx.ip();
        if (throttle.blocked(username, address)) {
            throw new WebException(429, "登录失败次数过多，请15分钟后再试");
        }
        Optional<User> user = verify(username, password);
        Instant now = services.clock().instant();
        if (user.isEmpty()) {
            throttle.failed(username, address);
            services.audit().record(new AuditEntry(now, null, username, "login.failure", "user", null, null,
                    "来自 " + address));
            return Optional.empty();
        }
        throttle.succeeded(username);
        User found = user.get();
        String token = Tokens.random();
        Session session = new Session(Tokens.sha256(token), found.id(), Tokens.random(), now,
                now.plus(SESSION_LENGTH));
        services.sessions().deleteExpired(now); // expired sessions are never valid; this keeps the table small
        services.sessions().create(session);
        services.audit().record(new AuditEntry(now, found.id(), found.username(), "login.success", "user",
                Long.toString(found.id()), null, "来自 " + address));
        ctx.cookie(cookie(SESSION_COOKIE, token, (int) SESSION_LENGTH.toSeconds()));
        return user;
    }

    public void logout(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null) {
            services.sessions().delete(Tokens.sha256(token));
        }
        User user = ctx.attribute(USER);
        if (user != null) {
            services.audit().record(new AuditEntry(services.clock().instant(), user.id(), user.username(),
                    "logout", "user", Long.toString(user.id()), null, null));
        }
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    /** Forgets the remembered bearer tokens, so that a revoked one is refused at once on this server. */
    public void forgetTokens() {
        tokens.clear();
    }

    /** A fresh token for the login form, also set as a cookie (double submit: the login has no session yet). */
    public String loginFormToken(Context ctx) {
        String token = Tokens.random();
        ctx.cookie(cookie(LOGIN_COOKIE, token, 3600));
        return token;
    }

    public static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new WebException(401, "需要登录");
        }
        return user;
    }

    public static @Nullable User optionalUser(Context ctx) {
        return ctx.attribute(USER);
    }

    public static Scope scope(Context ctx) {
        Scope scope = ctx.attribute(SCOPE);
        if (scope == null) {
            throw new WebException(401, "需要登录");
        }
        return scope;
    }

    /** The CSRF token of the browser session, "" for API clients. */
    public static String csrf(Context ctx) {
        Session session = ctx.attribute(SESSION);
        return session == null ? "" : session.csrfToken();
    }

    private Optional<User> fromAuthorizationHeader(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String hash = Tokens.sha256(header.substring(7).strip());
            Instant now = services.clock().instant();
            CachedUser cached = tokens.get(hash);
            if (cached != null && cached.until().isAfter(now)) {
                return Optional.of(cached.user());
            }
            Optional<Long> userId = services.sessions().apiTokenUser(hash);
            Optional<User> user = userId.flatMap(id -> services.users().find(id)).filter(User::active);
            if (user.isEmpty()) {
                throw new WebException(401, "API 令牌无效或已停用");
            }
            if (tokens.size() > 10_000) {
                tokens.clear();
            }
            tokens.put(hash, new CachedUser(user.get(), now.plus(TOKEN_CACHE)));
            return user;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new WebException(401, "Authorization 头的 Basic 凭据不是有效的 Base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new WebException(401, "Basic 凭据应为「用户名:密码」");
            }
            String username = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            String cacheKey = username + ":" + Tokens.sha256(password);
            Instant now = services.clock().instant();
            Instant until = verifiedBasic.get(cacheKey);
            if (until != null && until.isAfter(now)) {
                Optional<User> cached = services.users().findByUsername(username).filter(User::active);
                if (cached.isPresent()) {
                    return cached;
                }
            }
            if (throttle.blocked(username, ctx.ip())) {
                throw new WebException(429, "登录失败次数过多，请15分钟后再试");
            }
            Optional<User> user = verify(username, password);
            if (user.isEmpty()) {
                throttle.failed(username, ctx.ip());
                throw new WebException(401, "用户名或密码错误");
            }
            if (verifiedBasic.size() > 10_000) {
                verifiedBasic.clear();
            }
            verifiedBasic.put(cacheKey, now.plus(BASIC_CACHE));
            return user;
        }
        throw new WebException(401, "不支持的 Authorization 方式（请用 Basic 或 Bearer）");
    }

    private Optional<User> fromSessionCookie(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Optional<Session> session = services.sessions().find(Tokens.sha256(token), services.clock().instant());
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Optional<User> user = services.users().find(session.get().userId()).filter(User::active);
        user.ifPresent(found -> ctx.attribute(SESSION, session.get()));
        return user;
    }

    private Optional<User> verify(String username, String password) {
        Optional<User> user = services.users().findByUsername(username).filter(User::active);
        if (user.isEmpty()) {
            Passwords.verify(password, DUMMY_HASH); // the same work whether or not the user exists
            return Optional.empty();
        }
        String hash = services.users().passwordHash(user.get().id()).orElse(DUMMY_HASH);
        return Passwords.verify(password, hash) ? user : Optional.empty();
    }

    private static final String DUMMY_HASH = Passwords.hash(Tokens.random());

    private Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, config.secureCookies(), true, null, SameSite.LAX);
    }

    private static boolean isPublic(String path) {
        return path.equals("/login") || path.equals("/api/health") || path.equals("/api/openapi.json")
                || path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    public static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static String pathWithQuery(Context ctx) {
        String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }

    private static String urlEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
