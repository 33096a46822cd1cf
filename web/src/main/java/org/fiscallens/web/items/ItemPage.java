package org.fiscallens.web.items;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Pager;

/**
 * The model of {@code /items/{code}}: one page of departments (12, {@code page}) in the years asked for
 * ({@code years}), its chart, and the item's execution rates there.
 */
final class ItemPage {
    /** Departments per page of an item, and bars per chart: the chart draws the departments the page lists. */
    static final int DEPARTMENTS_PER_PAGE = 12;

    private ItemPage() {
    }

    static Map<String, Object> model(Endpoints e, Context ctx, Lang lang) {
        ItemView v = view(e, ctx);
        Pager pager = pager(ctx);
        Params.YearRange years = years(ctx);
        ItemMatrix all = matrix(e, v, years);
        ItemMatrix page = all.page(pager);
        Set<String> shown = page.departments();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("view", v);
        m.put("matrix", page);
        m.put("pager", pager.view(ctx, all.rows().size(), page.rows().size()));
        m.put("years", years.text());
        m.put("execution", "function".equals(v.classification())
                ? e.warehouse().query("items/execution", v.code()).stream()
                        .filter(r -> shown.contains(r.text("department_id")) && years.contains(r.integer("fiscal_year")))
                        .toList()
                : List.of());
        m.put("chartQuery", chartQuery(ctx, lang));
        m.put("chartAlt", ItemChart.of(e, v, page, lang).altText());
        return m;
    }

    /** The chart of the page the request names. */
    static ChartSpec chart(Endpoints e, Context ctx, Lang lang) {
        ItemView v = view(e, ctx);
        return ItemChart.of(e, v, matrix(e, v, years(ctx)).page(pager(ctx)), lang);
    }

    static ItemView view(Endpoints e, Context ctx) {
        return ItemView.of(e.warehouse(), ctx.pathParam("code"), ctx.queryParam("class"), ctx.queryParam("statement"));
    }

    private static Pager pager(Context ctx) {
        return Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE);
    }

    /** The years the request asks for ({@code years}: {@code 2024} or {@code 2023-2025}; every year when absent). */
    private static Params.YearRange years(Context ctx) {
        return Params.years("years", ctx.queryParam("years"));
    }

    /** The item's cells of the statement shown in {@code years}, a row per department in the directory's order. */
    private static ItemMatrix matrix(Endpoints e, ItemView v, Params.YearRange years) {
        return ItemMatrix.of(v.shown().stream().filter(r -> years.contains(r.integer("fiscal_year"))).toList(),
                e.directory().departments().stream().map(d -> d.text("department_id")).toList());
    }

    /** The query string the chart needs to draw what the page shows (class, statement, years, page, language). */
    private static String chartQuery(Context ctx, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (String p : List.of("class", "statement", "years", "page")) {
            String v = ctx.queryParam(p);
            if (v != null && !v.isBlank()) {
                parts.add(p + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        if (lang == Lang.EN) {
            parts.add("lang=en");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
