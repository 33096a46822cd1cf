package org.fiscallens.web.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.warehouse.Row;

/**
 * 对比 Compare: two or more departments over a year or range, side by side — totals, execution rate,
 * structure shares, 三公, and staff (实有人数) with the budget and actual per staff member — with the highest and
 * lowest value of each column highlighted, matching charts, sortable columns and a CSV download of the same table;
 * below it their spending by 功能分类 类 side by side ({@link CompareClasses}).
 * With fewer than two departments picked it offers {@link CompareSuggestions}.
 */
public final class CompareFeature implements Feature {
    /** The compared measures, in column order. */
    static final List<String> METRICS = List.of("budget", "actual", "execution_rate", "basic_share", "project_share",
            "personnel_share", "public_share", "three_public_budget", "three_public_actual", "three_public_rate", "staff",
            "budget_per_staff", "actual_per_staff");

    @Override
    public void register(Endpoints e) {
        e.page("/compare", "compare", "compare", (ctx, lang) -> {
            CompareSelection sel = CompareSelection.of(ctx, e.directory());
            List<Row> rows = rows(e, sel);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("selected", sel.departments());
            m.put("years", sel.years().text());
            m.put("query", sel.query());
            m.put("rows", rows);
            m.put("metrics", METRICS);
            m.put("marks", marks(rows));
            m.put("ready", sel.departments().size() >= 2);
            if (sel.departments().size() < 2) {
                m.put("suggestions", CompareSuggestions.of(e.directory().departments(), e.directory().documents()));
            } else {
                m.put("classes", CompareClasses.of(classes(e, sel)));
                m.put("totalsAlt", totalsChart(e, sel, lang).altText());
                m.put("executionAlt", executionChart(e, sel, lang).altText());
                m.put("threePublicAlt", threePublicChart(e, sel, lang).altText());
            }
            return m;
        });
        e.table("/api/compare", ctx -> rows(e, CompareSelection.of(ctx, e.directory())));
        e.table("/api/compare/classes", ctx -> {
            List<Row> out = new ArrayList<>();
            classes(e, CompareSelection.of(ctx, e.directory())).forEach((id, rows) ->
                    rows.forEach(r -> {
                        Row row = new Row().with("department_id", id).with("department_name", e.directory().name(id));
                        row.putAll(r);
                        out.add(row);
                    }));
            return out;
        });
        e.chart("/charts/compare/totals", (ctx, lang) -> totalsChart(e, CompareSelection.of(ctx, e.directory()), lang));
        e.chart("/charts/compare/execution", (ctx, lang) -> executionChart(e, CompareSelection.of(ctx, e.directory()), lang));
        e.chart("/charts/compare/three-public", (ctx, lang) -> threePublicChart(e, CompareSelection.of(ctx, e.directory()), lang));
    }

    static List<Row> rows(Endpoints e, CompareSelection sel) {
        List<Row> out = new ArrayList<>();
        for (String id : sel.departments()) {
            for (Row r : e.warehouse().query("compare/department_years", id, sel.from(), sel.to())) {
                Row row = new Row();
                row.put("department_id", id);
                row.put("department_name", e.directory().name(id));
                row.putAll(r);
                out.add(row);
            }
        }
        return out;
    }

    /** Each compared department's spending by 功能分类 类, one document a year ({@link CompareClasses}). */
    static Map<String, List<Row>> classes(Endpoints e, CompareSelection sel) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (String id : sel.departments()) {
            out.put(id, e.warehouse().query("compare/function_classes", id, sel.from(), sel.to()));
        }
        return out;
    }

    /** Per row index and metric: "max" or "min" among the compared rows (only when values differ). */
    static List<Map<String, String>> marks(List<Row> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        rows.forEach(r -> out.add(new HashMap<>()));
        for (String metric : METRICS) {
            Map<Integer, BigDecimal> values = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                values.put(i, rows.get(i).decimal(metric));
            }
            Extremes.of(values).forEach((i, mark) -> out.get(i).put(metric, mark));
        }
        return out;
    }

    private static String label(Row r) {
        return r.text("department_name") + " " + r.integer("fiscal_year");
    }

    static ChartSpec totalsChart(Endpoints e, CompareSelection sel, Lang lang) {
        return pairs(e, sel, lang, "chart_compare_totals", "budget", "actual");
    }

    static ChartSpec threePublicChart(Endpoints e, CompareSelection sel, Lang lang) {
        return pairs(e, sel, lang, "chart_compare_three_public", "three_public_budget", "three_public_actual");
    }

    private static ChartSpec pairs(Endpoints e, CompareSelection sel, Lang lang, String title, String budget, String actual) {
        List<Row> rows = rows(e, sel);
        var colors = e.directory().colors();
        return new ChartSpec(e.messages().get(lang, title), ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN,
                e.messages().get(lang, "unit_wan"), rows.stream().map(CompareFeature::label).toList(),
                List.of(new ChartSpec.Series(e.messages().get(lang, "budget"), rows.stream().map(r -> r.decimal(budget)).toList(),
                                new java.awt.Color(0xc9d3e0)),
                        new ChartSpec.Series(e.messages().get(lang, "final"), rows.stream().map(r -> r.decimal(actual)).toList(),
                                new java.awt.Color(0x4b5563))),
                rows.stream().map(r -> colors.color(r.text("department_id"))).toList());
    }

    static ChartSpec executionChart(Endpoints e, CompareSelection sel, Lang lang) {
        List<Row> rows = rows(e, sel);
        var colors = e.directory().colors();
        return new ChartSpec(e.messages().get(lang, "chart_compare_execution"), ChartSpec.Kind.BAR, ChartSpec.Unit.PERCENT,
                "%", rows.stream().map(CompareFeature::label).toList(),
                List.of(new ChartSpec.Series(e.messages().get(lang, "execution_rate"),
                        rows.stream().map(r -> r.decimal("execution_rate")).toList(), new java.awt.Color(0x4b5563))),
                rows.stream().map(r -> colors.color(r.text("department_id"))).toList());
    }
}
