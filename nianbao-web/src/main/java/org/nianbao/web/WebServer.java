package org.nianbao.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.nianbao.web.admin.AdminRoutes;
import org.nianbao.web.auth.AuthRoutes;
import org.nianbao.web.auth.Authentication;
import org.nianbao.web.auth.LoginThrottle;
import org.nianbao.web.error.ErrorResponses;
import org.nianbao.web.report.ReportRoutes;
import org.nianbao.web.report.Uploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server: security filters, route groups, static files, limits, request log, and a graceful stop that
 * refuses new requests and lets the running ones (an upload being stored) finish before the database closes.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final long DRAIN_MILLIS = 30_000;
    private static final int THREADS = Integer.getInteger("nianbao.http.threads", Math.max(16, 8 * Runtime.getRuntime().availableProcessors()));
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final WebConfig config;
    private final Services services;
    private final Uploads uploads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private Javalin app;

    public WebServer(WebConfig config, Services services) {
        this.config = config;
        this.services = services;
        this.uploads = new Uploads(services.importReport(), config);
    }

    public WebServer start() {
        Templates templates = new Templates();
        Authentication authentication = new Authentication(services, new LoginThrottle(services.clock()), config);
        Path uploadCache = config.dataDirectory().resolve("tmp");
        try {
            Files.createDirectories(uploadCache);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + uploadCache, e);
        }
        app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.port = config.port();
            // a small pool: requests beyond it wait in order instead of all sharing two cores at once, which keeps
            // the slowest answers close to the typical one under load (docs/web.md, load test)
            QueuedThreadPool threads = new QueuedThreadPool(THREADS, 4, 60_000);
            threads.setName("http");
            javalin.jetty.threadPool = threads;
            javalin.jetty.multipartConfig.cacheDirectory(uploadCache.toString());
            javalin.jetty.multipartConfig.maxFileSize(config.maxFileBytes() + 1024 * 1024, SizeUnit.BYTES);
            javalin.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            javalin.jetty.multipartConfig.maxTotalRequestSize(200, SizeUnit.MB);
            javalin.http.maxRequestSize = 1024 * 1024;
            javalin.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(drainingFilter()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/nianbao/web/static";
                files.location = Location.CLASSPATH;
            });
            javalin.staticFiles.enableWebjars();
            javalin.requestLogger.http((ctx, millis) -> LOG.info("event=http method={} path={} status={} ms={} user={}",
                    ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis),
                    Authentication.optionalUser(ctx) == null ? "-" : Authentication.optionalUser(ctx).username()));

            var routes = javalin.routes;
            routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                boolean asset = ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/");
                ctx.header("Cache-Control", asset ? "private, max-age=3600" : "no-store"); // pages hold reports
            });
            routes.before(authentication::authenticate);
            routes.before(authentication::checkCsrf);
            routes.get("/api/health", ctx -> {
                boolean healthy = services.healthy().getAsBoolean();
                ctx.status(healthy ? 200 : 503);
                Answers.json(ctx, Map.of("status", healthy ? "ok" : "database_unavailable"));
            });
            routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8")
                    .result(OpenApi.document()));
            new AuthRoutes(services, templates, authentication).register(routes);
            new ReportRoutes(services, templates, uploads, config).register(routes);
            new AdminRoutes(services, templates).register(routes);
            new ErrorResponses(templates).register(routes);
        }).start();
        LOG.info("event=server.started port={} data={}", app.port(), config.dataDirectory().toAbsolutePath());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Refuses new requests (503), waits up to 30 s for the running ones, then stops the server. */
    public void stop() {
        if (app == null || !draining.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warn("event=server.stop.timeout in_flight={}", inFlight.get());
        }
        app.stop();
        uploads.close();
        LOG.info("event=server.stopped");
    }

    private Filter drainingFilter() {
        return (request, response, chain) -> {
            if (draining.get()) {
                HttpServletResponse http = (HttpServletResponse) response;
                http.setStatus(503);
                http.setHeader("Retry-After", "5");
                http.setContentType("text/plain; charset=utf-8");
                http.getWriter().write("服务器正在停止，请稍后重试");
                return;
            }
            inFlight.incrementAndGet();
            try {
                chain.doFilter(request, response);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }
}
