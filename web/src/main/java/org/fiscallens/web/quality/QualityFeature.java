package org.fiscallens.web.quality;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.web.http.HttpError;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;

/**
 * 数据质量 Data quality: per document the consistency checks (errors, warnings, passes) and what could not be
 * read, each with links to the lines involved. {@code ?doc=ID} narrows to one document. The page shows 50
 * documents ({@code page}), 100 failed checks ({@code cpage}) and 100 unread lines ({@code ipage}) at a time;
 * the API returns every row, or the window {@code limit}/{@code offset} asks for. For a document that is another
 * version of one counted instead ({@code documents.primary_doc_id}), the page and {@code /api/quality/versions?doc=}
 * list the figures in which the two versions differ.
 */
public final class QualityFeature implements Feature {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int DOCUMENTS_PER_PAGE = 50;
    private static final int ROWS_PER_PAGE = 100;
    private static final List<String> ORDERS = List.of("department", "score", "errors");

    @Override
    public void register(Endpoints e) {
        e.page("/quality", "quality", "quality", (ctx, lang) -> {
            String doc = doc(e, ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            Pager docs = Pager.of(ctx, "page", DOCUMENTS_PER_PAGE);
            String order = order(ctx);
            List<Row> documents = e.warehouse().query("quality/documents", docs.size(), docs.offset(), order);
            m.put("order", order);
            m.put("orders", ORDERS);
            m.put("documents", documents);
            m.put("documentsPager", docs.view(ctx, documents));
            Pager failed = Pager.of(ctx, "cpage", ROWS_PER_PAGE);
            List<Row> checks = e.warehouse().query("quality/checks", doc, true, failed.size(), failed.offset());
            checks.forEach(c -> c.put("line_list", lines(c.text("lines"), c.integer("source_line"))));
            m.put("checks", checks);
            m.put("checksPager", failed.view(ctx, checks));
            Pager unread = Pager.of(ctx, "ipage", ROWS_PER_PAGE);
            List<Row> issues = e.warehouse().query("quality/issues", doc, unread.size(), unread.offset());
            m.put("issues", issues);
            m.put("issuesPager", unread.view(ctx, issues));
            m.put("rules", e.warehouse().query("quality/rules", doc));
            Row document = "all".equals(doc) ? null : e.directory().document(doc);
            m.put("doc", document);
            boolean otherVersion = document != null && document.text("primary_doc_id") != null;
            m.put("versionDiff", otherVersion ? e.warehouse().query("quality/version_diff", doc) : List.of());
            return m;
        });
        e.table("/api/quality/documents", ctx -> {
            Pager.Window w = Pager.window(ctx);
            return Pager.withoutTotal(e.warehouse().query("quality/documents", w.limit(), w.offset(), order(ctx)));
        });
        e.table("/api/quality/checks", ctx -> {
            Pager.Window w = Pager.window(ctx);
            return Pager.withoutTotal(e.warehouse().query("quality/checks", doc(e, ctx),
                    "true".equals(Params.oneOf("failed", ctx.queryParam("failed"), "false", java.util.Set.of("true", "false"))),
                    w.limit(), w.offset()));
        });
        e.table("/api/quality/rules", ctx -> e.warehouse().query("quality/rules", doc(e, ctx)));
        e.table("/api/quality/versions", ctx -> {
            String doc = doc(e, ctx);
            if ("all".equals(doc)) {
                throw new HttpError.BadParameter("doc", "", "the doc_id of a document that is another version");
            }
            return e.warehouse().query("quality/version_diff", doc);
        });
        e.table("/api/quality/issues", ctx -> {
            Pager.Window w = Pager.window(ctx);
            return Pager.withoutTotal(e.warehouse().query("quality/issues", doc(e, ctx), w.limit(), w.offset()));
        });
    }

    /** The documents' order ({@code sort}): by department (default), least consistent first, or most errors first. */
    private static String order(Context ctx) {
        return Params.oneOf("sort", ctx.queryParam("sort"), "department", java.util.Set.copyOf(ORDERS));
    }

    private static String doc(Endpoints e, Context ctx) {
        String raw = ctx.queryParam("doc");
        if (raw == null || raw.isBlank()) {
            return "all";
        }
        String id = Params.id("doc", raw);
        e.directory().document(id);
        return id;
    }

    /** Line numbers from the checks' {@code lines} text (e.g. {@code [12, 40]}), else the source line. */
    public static List<Integer> lines(String text, Integer sourceLine) {
        List<Integer> out = new ArrayList<>();
        if (text != null) {
            Matcher m = NUMBER.matcher(text);
            while (m.find() && out.size() < 20) {
                out.add(Integer.parseInt(m.group()));
            }
        }
        if (out.isEmpty() && sourceLine != null) {
            out.add(sourceLine);
        }
        return out;
    }
}
