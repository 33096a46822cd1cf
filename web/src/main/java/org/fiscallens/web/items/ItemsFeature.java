package org.fiscallens.web.items;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;

/**
 * 分项 Items: one 功能分类 (类/款/项) or 经济分类 item across every department and year that reports it — the
 * amount each document gives it (linked to its line), its share of that document's total, budget and final
 * account side by side, and its execution rate with the reason given. {@code /items?q=} finds items by code
 * prefix or name ({@link ItemQuery}) and lists the document lines that hold the words ({@link LineHit});
 * {@code /items/{code}} compares one ({@link ItemView}).
 */
public final class ItemsFeature implements Feature {

    @Override
    public void register(Endpoints e) {
        e.page("/items", "items", "items", (ctx, lang) -> {
            ItemQuery q = ItemQuery.of(ctx.queryParam("q"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", q);
            m.put("results", search(e, q));
            List<Row> lines = lines(e, q, LINES_SHOWN);
            m.put("lines", lines.stream().map(r -> LineHit.of(r, q.words())).toList());
            m.put("lineMatches", lines.isEmpty() ? 0L : ((Number) lines.get(0).get("matches")).longValue());
            return m;
        });
        e.page("/items/{code}", "items", "item", (ctx, lang) -> {
            ItemView v = view(e, ctx);
            Pager pager = Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE);
            ItemMatrix all = matrix(e, v);
            ItemMatrix page = all.page(pager);
            Set<String> shown = page.departments();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("view", v);
            Map<String, String> nameOf = new LinkedHashMap<>();
            e.directory().departments().forEach(d -> nameOf.put(d.text("department_id"), d.text("department_name")));
            m.put("nameOf", nameOf);
            m.put("matrix", page);
            m.put("pager", pager.view(ctx, all.rows().size(), page.rows().size()));
            m.put("execution", "function".equals(v.classification())
                    ? e.warehouse().query("items/execution", v.code()).stream()
                            .filter(r -> shown.contains(r.text("department_id"))).toList()
                    : List.of());
            m.put("chartQuery", chartQuery(ctx, lang));
            m.put("chartAlt", chart(e, v, page, lang).altText());
            return m;
        });
        e.table("/api/items", ctx -> search(e, ItemQuery.of(ctx.queryParam("q"))));
        e.table("/api/lines", ctx -> {
            int limit = Math.min(Pager.window(ctx).limit(), LINES_API);
            return lines(e, ItemQuery.of(ctx.queryParam("q")), limit);
        });
        e.table("/api/items/{code}", ctx -> view(e, ctx).cells());
        e.table("/api/items/{code}/execution", ctx -> e.warehouse().query("items/execution", view(e, ctx).code()));
        e.chart("/charts/items/{code}", (ctx, lang) -> {
            ItemView v = view(e, ctx);
            return chart(e, v, matrix(e, v).page(Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE)), lang);
        });
    }

    /** Departments per page of an item, and bars per chart: the chart draws the departments the page lists. */
    static final int DEPARTMENTS_PER_PAGE = 12;

    /** The item's cells of the statement shown, a row per department in the directory's order. */
    private static ItemMatrix matrix(Endpoints e, ItemView v) {
        return ItemMatrix.of(v.shown(), e.directory().departments().stream().map(d -> d.text("department_id")).toList());
    }

    /** Lines listed on the search page, and the most {@code /api/lines} returns (its {@code limit} can ask fewer). */
    static final int LINES_SHOWN = 50;
    static final int LINES_API = 1000;

    /** Document lines holding the query's words (none for fewer than two characters). */
    private static List<Row> lines(Endpoints e, ItemQuery q, int limit) {
        return q.words().isEmpty() ? List.of() : e.warehouse().query("items/lines", q.words(), limit);
    }

    private static List<Row> search(Endpoints e, ItemQuery q) {
        return e.warehouse().query("items/search", q.codePrefix(), q.name(), q.maxLength());
    }

    private static ItemView view(Endpoints e, Context ctx) {
        return ItemView.of(e.warehouse(), ctx.pathParam("code"), ctx.queryParam("class"), ctx.queryParam("statement"));
    }

    /** The query string the chart needs to draw what the page shows (class, statement, language). */
    private static String chartQuery(Context ctx, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (String p : List.of("class", "statement", "page")) {
            String v = ctx.queryParam(p);
            if (v != null && !v.isBlank()) {
                parts.add(p + "=" + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (lang == Lang.EN) {
            parts.add("lang=en");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /**
     * Budget and final account of the item per department of {@code page}, each department at the latest year it
     * reports the item in the statement shown.
     */
    static ChartSpec chart(Endpoints e, ItemView v, ItemMatrix page, Lang lang) {
        List<String> labels = new ArrayList<>();
        List<java.math.BigDecimal> budget = new ArrayList<>();
        List<java.math.BigDecimal> actual = new ArrayList<>();
        List<java.awt.Color> colors = new ArrayList<>();
        for (ItemMatrix.DepartmentRow r : page.rows()) {
            int year = r.cells().values().stream().mapToInt(c -> c.integer("fiscal_year")).max().orElseThrow();
            labels.add(e.directory().name(r.departmentId()) + " " + year);
            budget.add(amount(r.cell(new ItemMatrix.Column(year, "budget"))));
            actual.add(amount(r.cell(new ItemMatrix.Column(year, "final"))));
            colors.add(e.directory().colors().color(r.departmentId()));
        }
        String title = v.code() + " " + v.item().text("name") + " · " + e.messages().get(lang, "measure_" + v.statement());
        return new ChartSpec(title, ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"), labels,
                List.of(new ChartSpec.Series(e.messages().get(lang, "budget"), budget, new java.awt.Color(0xc9d3e0)),
                        new ChartSpec.Series(e.messages().get(lang, "final"), actual, new java.awt.Color(0x4b5563))),
                colors);
    }

    private static java.math.BigDecimal amount(Row cell) {
        return cell == null ? null : cell.decimal("amount");
    }
}
