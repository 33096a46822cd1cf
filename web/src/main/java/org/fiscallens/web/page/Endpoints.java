package org.fiscallens.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.http.Csv;
import org.fiscallens.web.http.JsonCodec;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.http.Rendered;
import org.fiscallens.web.http.ResponseCache;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.i18n.Messages;
import org.fiscallens.web.warehouse.Row;
import org.fiscallens.web.warehouse.Warehouse;

/**
 * What features register routes with: HTML pages, API tables (JSON, {@code ?format=csv}) and charts
 * (PNG, SVG), each served through the per-warehouse-version response cache.
 */
public final class Endpoints {
    /** The units of every table, in a fixed key order (Map.of's order changes from one JVM run to the next). */
    private static final Map<String, String> UNITS = units();

    private final Javalin app;
    private final Warehouse warehouse;
    private final Directory directory;
    private final Templates templates;
    private final Messages messages;
    private final ResponseCache cache;
    private final JsonCodec json;
    private final ChartRenderer charts;

    public Endpoints(Javalin app, Warehouse warehouse, Directory directory, Templates templates, Messages messages,
                     ResponseCache cache, JsonCodec json, ChartRenderer charts) {
        this.app = app;
        this.warehouse = warehouse;
        this.directory = directory;
        this.templates = templates;
        this.messages = messages;
        this.cache = cache;
        this.json = json;
        this.charts = charts;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public Directory directory() {
        return directory;
    }

    public Messages messages() {
        return messages;
    }

    /** Produces a page model; the common fields (language, messages, navigation) are added. */
    @FunctionalInterface
    public interface PageHandler {
        Map<String, Object> model(Context ctx, Lang lang);
    }

    @FunctionalInterface
    public interface TableHandler {
        List<Row> rows(Context ctx);
    }

    @FunctionalInterface
    public interface ChartHandler {
        ChartSpec spec(Context ctx, Lang lang);
    }

    /** An HTML page rendered from {@code template} under the navigation key {@code nav}. */
    public void page(String path, String nav, String template, PageHandler handler) {
        app.get(path, ctx -> {
            Lang lang = Lang.of(ctx);
            cache.serve(ctx, () -> Rendered.html(templates.render(template, model(ctx, lang, nav, handler.model(ctx, lang)))));
        });
    }

    /** An API table: JSON {@code {warehouse, units, count, rows}}, or CSV with {@code ?format=csv}. */
    public void table(String path, TableHandler handler) {
        app.get(path, ctx -> {
            String format = Params.format(ctx);
            cache.serve(ctx, () -> {
                List<Row> rows = handler.rows(ctx);
                if ("csv".equals(format)) {
                    return Rendered.csv(Csv.of(rows));
                }
                return Rendered.json(json.write(envelope(rows)));
            });
        });
    }

    /** An API object (not a table): written as JSON as is. */
    public void object(String path, java.util.function.Function<Context, Object> handler) {
        app.get(path, ctx -> cache.serve(ctx, () -> Rendered.json(json.write(handler.apply(ctx)))));
    }

    /** A chart at {@code path + ".png"} and {@code path + ".svg"}. */
    public void chart(String path, ChartHandler handler) {
        app.get(path + ".png", ctx -> {
            Lang lang = Lang.of(ctx);
            cache.serve(ctx, () -> new Rendered(charts.png(handler.spec(ctx, lang)), "image/png"));
        });
        app.get(path + ".svg", ctx -> {
            Lang lang = Lang.of(ctx);
            cache.serve(ctx, () -> new Rendered(charts.svg(handler.spec(ctx, lang)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "image/svg+xml; charset=utf-8"));
        });
    }

    public Map<String, Object> envelope(List<Row> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("warehouse", warehouse.version());
        out.put("units", UNITS);
        out.put("count", rows.size());
        out.put("rows", rows);
        return out;
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("amount", "元");
        units.put("rate", "fraction");
        units.put("share", "fraction");
        return java.util.Collections.unmodifiableMap(units);
    }

    /**
     * The model every page gets: lang, m (messages), nav, paths for the language switch, the departments with
     * their colour ({@code colorOf}) and name ({@code nameOf}) by id, the page's address for print ({@code pagePath},
     * decoded) and the {@link Citations} its source links fill.
     */
    public Map<String, Object> model(Context ctx, Lang lang, String nav, Map<String, Object> page) {
        Map<String, Object> m = new HashMap<>(page);
        m.put("lang", lang.code());
        m.put("m", messages.of(lang));
        m.put("nav", nav);
        m.put("warehouseVersion", warehouse.version());
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[a-z]*", "").replaceFirst("^&", "");
        String base = ctx.path() + (query.isEmpty() ? "" : "?" + query);
        m.put("zhHref", base);
        m.put("enHref", base + (query.isEmpty() ? "?" : "&") + "lang=en");
        m.put("departments", directory.departments());
        Map<String, String> colorOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        directory.departments().forEach(d -> {
            colorOf.put(d.text("department_id"), d.text("color"));
            nameOf.put(d.text("department_id"), d.text("department_name"));
        });
        m.put("colorOf", colorOf);
        m.put("nameOf", nameOf);
        m.put("reasonLabels", directory.reasonLabels(lang));
        m.put("citations", new Citations(directory));
        m.put("pagePath", URLDecoder.decode(lang == Lang.EN ? m.get("enHref").toString() : base, StandardCharsets.UTF_8));
        return m;
    }
}
