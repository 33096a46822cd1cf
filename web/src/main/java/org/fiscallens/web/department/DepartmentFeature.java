package org.fiscallens.web.department;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.warehouse.Row;

/**
 * 部门 Department: totals by year, 功能分类 类→款→项, basic vs project, personnel vs public, execution rates by
 * item with the document's reasons, the 三公 series, 绩效自评 projects and the document checks; every figure
 * links to its source line.
 */
public final class DepartmentFeature implements Feature {

    @Override
    public void register(Endpoints e) {
        e.page("/departments", "department", "departments", (ctx, lang) -> Map.of());
        e.page("/departments/{id}", "department", "department", (ctx, lang) -> model(e, ctx, lang));
        e.table("/api/departments", ctx -> e.directory().departments());
        e.table("/api/departments/{id}/totals", ctx -> q(e, ctx, "department/totals"));
        e.table("/api/departments/{id}/functions", ctx -> q(e, ctx, "department/functions"));
        e.table("/api/departments/{id}/staff", ctx -> q(e, ctx, "department/staff"));
        e.table("/api/departments/{id}/shares", ctx -> q(e, ctx, "department/shares"));
        e.table("/api/departments/{id}/execution", ctx -> q(e, ctx, "department/execution"));
        e.table("/api/departments/{id}/yoy", ctx -> q(e, ctx, "department/yoy"));
        e.table("/api/departments/{id}/three-public", ctx -> q(e, ctx, "department/three_public"));
        e.table("/api/departments/{id}/performance", ctx -> q(e, ctx, "department/performance"));
        e.table("/api/departments/{id}/checks", ctx -> q(e, ctx, "department/checks"));
        e.chart("/charts/departments/{id}/totals", (ctx, lang) -> totalsChart(e, id(e, ctx), lang));
        e.chart("/charts/departments/{id}/three-public", (ctx, lang) -> threePublicChart(e, id(e, ctx), lang));
        e.chart("/charts/departments/{id}/functions", (ctx, lang) -> functionsChart(e, id(e, ctx), lang));
    }

    static String id(Endpoints e, Context ctx) {
        String id = Params.id("id", ctx.pathParam("id"));
        e.directory().department(id);
        return id;
    }

    private static List<Row> q(Endpoints e, Context ctx, String sql) {
        return e.warehouse().query(sql, id(e, ctx));
    }

    private static Map<String, Object> model(Endpoints e, Context ctx, Lang lang) {
        String id = id(e, ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dept", e.directory().department(id));
        m.put("documents", e.directory().documents().stream().filter(d -> id.equals(d.text("department_id"))).toList());
        m.put("totals", e.warehouse().query("department/totals", id));
        m.put("staff", e.warehouse().query("department/staff", id));
        m.put("functionGroups", FunctionTree.groups(e.warehouse().query("department/functions", id)));
        m.put("shares", e.warehouse().query("department/shares", id));
        m.put("execution", e.warehouse().query("department/execution", id));
        m.put("yoy", e.warehouse().query("department/yoy", id));
        List<Row> tp = e.warehouse().query("department/three_public", id);
        m.put("threePublic", tp);
        m.put("threePublicPivot", ThreePublicPivot.of(tp));
        m.put("performance", e.warehouse().query("department/performance", id));
        List<Row> checks = e.warehouse().query("department/checks", id);
        checks.forEach(c -> c.put("line_list", org.fiscallens.web.quality.QualityFeature.lines(c.text("lines"), c.integer("source_line"))));
        m.put("checks", checks);
        m.put("totalsAlt", totalsChart(e, id, lang).altText());
        m.put("threePublicAlt", threePublicChart(e, id, lang).altText());
        m.put("functionsAlt", functionsChart(e, id, lang).altText());
        return m;
    }

    static ChartSpec totalsChart(Endpoints e, String id, Lang lang) {
        List<Row> totals = e.warehouse().query("department/totals", id);
        TreeSet<Integer> years = new TreeSet<>();
        totals.forEach(r -> years.add(r.integer("fiscal_year")));
        List<String> cats = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        for (Integer y : years) {
            cats.add(y.toString());
            budget.add(find(totals, y, "budget"));
            actual.add(find(totals, y, "final"));
        }
        var colors = e.directory().colors();
        String t = e.messages().get(lang, "chart_totals");
        return new ChartSpec(e.directory().name(id) + " " + t, ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN,
                e.messages().get(lang, "unit_wan"), cats,
                List.of(new ChartSpec.Series(e.messages().get(lang, "budget"), budget, colors.tint(id)),
                        new ChartSpec.Series(e.messages().get(lang, "final"), actual, colors.color(id))),
                null);
    }

    private static BigDecimal find(List<Row> totals, Integer year, String kind) {
        return totals.stream().filter(r -> year.equals(r.integer("fiscal_year")) && kind.equals(r.text("doc_kind")))
                .map(r -> r.decimal("amount")).findFirst().orElse(null);
    }

    static ChartSpec threePublicChart(Endpoints e, String id, Lang lang) {
        List<Row> tp = e.warehouse().query("department/three_public", id).stream()
                .filter(r -> "total".equals(r.text("category"))).toList();
        TreeSet<Integer> years = new TreeSet<>();
        tp.forEach(r -> years.add(r.integer("fiscal_year")));
        List<String> cats = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        for (Integer y : years) {
            cats.add(y.toString());
            budget.add(tp.stream().filter(r -> y.equals(r.integer("fiscal_year")) && "budget".equals(r.text("measure")))
                    .map(r -> r.decimal("amount")).findFirst().orElse(null));
            actual.add(tp.stream().filter(r -> y.equals(r.integer("fiscal_year")) && "actual".equals(r.text("measure")))
                    .map(r -> r.decimal("amount")).findFirst().orElse(null));
        }
        var colors = e.directory().colors();
        return new ChartSpec(e.directory().name(id) + " " + e.messages().get(lang, "chart_three_public"),
                ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"), cats,
                List.of(new ChartSpec.Series(e.messages().get(lang, "budget"), budget, colors.tint(id)),
                        new ChartSpec.Series(e.messages().get(lang, "final"), actual, colors.color(id))),
                null);
    }

    /** 功能分类 类 amounts of the newest document that has them. */
    static ChartSpec functionsChart(Endpoints e, String id, Lang lang) {
        List<Row> rows = e.warehouse().query("department/functions", id);
        List<Row> classes = new ArrayList<>();
        rows.stream().filter(r -> "class".equals(r.text("level"))).findFirst().ifPresent(first ->
                rows.stream().filter(r -> first.text("doc_id").equals(r.text("doc_id")) && "class".equals(r.text("level")))
                        .forEach(classes::add));
        String suffix = classes.isEmpty() ? "" : " " + classes.get(0).integer("fiscal_year")
                + e.messages().get(lang, classes.get(0).text("doc_kind"));
        return new ChartSpec(e.directory().name(id) + " " + e.messages().get(lang, "chart_functions") + suffix,
                ChartSpec.Kind.BAR, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"),
                classes.stream().map(r -> r.text("name") == null ? r.text("code") : r.text("name")).toList(),
                List.of(new ChartSpec.Series(e.messages().get(lang, "amount"),
                        classes.stream().map(r -> r.decimal("amount")).toList(), e.directory().colors().color(id))),
                null);
    }
}
