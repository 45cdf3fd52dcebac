package org.nianbao.web.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.core.NianbaoException;
import org.nianbao.core.account.AccessDeniedException;
import org.nianbao.core.json.InvalidJsonException;
import org.nianbao.core.library.ReportNotFoundException;
import org.nianbao.web.Answers;
import org.nianbao.web.Page;
import org.nianbao.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception becomes an answer here, once: the API gets {@code {"status", "error", "message"}}, a page gets the
 * error page; the message is Chinese and never a stack trace (that goes to the log, for a 500 only).
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    /** The error page's model. */
    public record ErrorPage(Page page, int status, String message) {}

    private final Templates templates;

    public ErrorResponses(Templates templates) {
        this.templates = templates;
    }

    public void register(RoutesConfig routes) {
        routes.exception(WebException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(ReportNotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        routes.exception(AccessDeniedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        routes.exception(InvalidJsonException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(NianbaoException.class, (e, ctx) -> answer(ctx, 422, e.getMessage()));
        routes.exception(Exception.class, this::unexpected);
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "页面不存在：" + ctx.path());
            }
        });
    }

    private void unexpected(Exception e, Context ctx) {
        if (isTooLarge(e)) {
            answer(ctx, 413, "上传内容超过大小上限（单个文件 50 MB，每次合计 200 MB），请分批上传或压缩后再传");
            return;
        }
        LOG.error("event=request.failed method={} path={}", ctx.method(), ctx.path(), e);
        answer(ctx, 500, "服务器内部错误，已记录日志（" + e.getClass().getSimpleName() + "）");
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("exceeds") || message.contains("too large") || message.contains("max file size")
                    || message.contains("413")) {
                return true;
            }
        }
        return false;
    }

    void answer(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", reason(status));
            body.put("message", message);
            Answers.json(ctx, body);
        } else {
            templates.render(ctx, "error.jte", new ErrorPage(Page.of(ctx, "出错了", ""), status, message));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || accept != null && accept.contains("application/json")
                && !accept.contains("text/html");
    }

    private static String reason(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 413: return "too_large";
            case 415: return "unsupported_media_type";
            case 422: return "unprocessable";
            case 429: return "too_many_requests";
            case 503: return "unavailable";
            default: return status >= 500 ? "internal" : "error";
        }
    }
}
