package org.fiscallens.web.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.fiscallens.web.warehouse.WarehouseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns refusals into answers people can use: under {@code /api/} and {@code /charts/} a JSON error
 * {@code {status, error, message, message_zh, parameter}}, elsewhere a friendly HTML page (rendered by
 * {@code htmlPage(status, messages)}).
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    public static void install(Javalin app, JsonCodec json, BiFunction<Context, HttpError, String> htmlPage) {
        app.exception(HttpError.class, (e, ctx) -> answer(ctx, e, json, htmlPage));
        app.exception(WarehouseUnavailable.class, (e, ctx) -> {
            LOG.error("warehouse unavailable: {}", e.getMessage(), e);
            answer(ctx, new Unavailable(), json, htmlPage);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            answer(ctx, new Internal(), json, htmlPage);
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                answer(ctx, new HttpError.NotFound("no such page: " + ctx.path(), "没有这个页面：" + ctx.path()), json, htmlPage);
            }
        });
    }

    private static void answer(Context ctx, HttpError e, JsonCodec json, BiFunction<Context, HttpError, String> htmlPage) {
        ctx.status(e.status());
        ctx.header("Cache-Control", "no-store");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/charts/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", e.status());
            body.put("error", e.status() == 400 ? "bad_parameter" : e.status() == 404 ? "not_found" : "server_error");
            body.put("message", e.messageEn());
            body.put("message_zh", e.messageZh());
            if (e.parameter() != null) {
                body.put("parameter", e.parameter());
            }
            ctx.contentType("application/json; charset=utf-8").result(json.write(body));
        } else {
            String html;
            try {
                html = htmlPage.apply(ctx, e);
            } catch (RuntimeException failure) {
                LOG.error("error page failed", failure);
                html = "<!doctype html><meta charset=utf-8><title>" + e.status() + "</title><p>" + e.status() + "</p>";
            }
            ctx.contentType("text/html; charset=utf-8").result(html);
        }
    }

    private static final class Unavailable extends HttpError {
        Unavailable() {
            super(503, "the warehouse is not available right now; try again shortly", "数据仓库暂时不可用，请稍后再试", null);
        }
    }

    private static final class Internal extends HttpError {
        Internal() {
            super(500, "something went wrong on our side", "服务器内部错误", null);
        }
    }
}
