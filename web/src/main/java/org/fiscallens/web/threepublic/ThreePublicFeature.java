package org.fiscallens.web.threepublic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.department.ThreePublicPivot;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;

/**
 * 三公经费: per-department series (因公出国（境）, 公务用车购置及运行维护, 公务接待; budget and actual kept apart),
 * a trend chart across departments, and the anomaly list with explanations and sources. The page lists 12
 * departments at a time ({@code page}; the charts draw the same departments) and 50 anomalies ({@code apage}).
 */
public final class ThreePublicFeature implements Feature {

    /** Departments per page, and lines per trend chart: the chart draws the departments the page lists. */
    static final int DEPARTMENTS_PER_PAGE = 12;
    private static final int ANOMALIES_PER_PAGE = 50;

    @Override
    public void register(Endpoints e) {
        e.page("/three-public", "three_public", "three_public", (ctx, lang) -> {
            Pager depts = Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE);
            Map<String, List<Row>> byDept = byDepartment(e, depts);
            List<Map<String, Object>> perDept = new ArrayList<>();
            byDept.forEach((id, own) -> perDept.add(Map.of("department", e.directory().department(id),
                    "pivot", ThreePublicPivot.of(own))));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perDept", perDept);
            long departments = byDept.isEmpty() ? 0 : Pager.total(byDept.values().iterator().next());
            m.put("departmentsPager", depts.view(ctx, departments, byDept.size()));
            Pager page = Pager.of(ctx, "apage", ANOMALIES_PER_PAGE);
            List<Row> anomalies = e.warehouse().query("threepublic/anomalies", "three_public", page.size(), page.offset());
            List<Row> other = anomalies.isEmpty() && page.number() == 1
                    ? e.warehouse().query("threepublic/anomalies", "all", page.size(), page.offset()) : List.of();
            m.put("anomalies", anomalies);
            m.put("otherAnomalies", other);
            m.put("anomaliesPager", page.view(ctx, anomalies.isEmpty() ? other : anomalies));
            m.put("chartQuery", depts.number() > 1 ? "&page=" + depts.number() : "");
            m.put("trendActualAlt", trend(e, "actual", lang, byDept).altText());
            m.put("trendBudgetAlt", trend(e, "budget", lang, byDept).altText());
            return m;
        });
        e.table("/api/three-public/series", ctx -> {
            String dept = ctx.queryParam("department");
            if (dept == null || dept.isBlank()) {
                return e.warehouse().query("threepublic/series", "all");
            }
            e.directory().department(Params.id("department", dept));
            return e.warehouse().query("threepublic/series", dept);
        });
        e.table("/api/three-public/anomalies", ctx -> {
            Pager.Window w = Pager.window(ctx);
            return Pager.withoutTotal(e.warehouse().query("threepublic/anomalies",
                    Params.oneOf("scope", ctx.queryParam("scope"), "three_public", Set.of("three_public", "all")), w.limit(), w.offset()));
        });
        e.chart("/charts/three-public/trend", (ctx, lang) -> trend(e,
                Params.oneOf("measure", ctx.queryParam("measure"), "actual", Set.of("actual", "budget")), lang,
                byDepartment(e, Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE))));
    }

    /** The 三公 series of one page of departments, per department in department order. */
    static Map<String, List<Row>> byDepartment(Endpoints e, Pager page) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : e.warehouse().query("threepublic/series_page", page.size(), page.offset())) {
            out.computeIfAbsent(r.text("department_id"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** 三公 total per department (one line each, in its colour) across years, for the departments given. */
    static ChartSpec trend(Endpoints e, String measure, Lang lang, Map<String, List<Row>> byDept) {
        TreeSet<Integer> years = new TreeSet<>();
        byDept.values().forEach(rows -> rows.forEach(r -> years.add(r.integer("fiscal_year"))));
        List<ChartSpec.Series> lines = new ArrayList<>();
        byDept.forEach((id, rows) -> {
            Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
            for (Row r : rows) {
                if ("total".equals(r.text("category")) && measure.equals(r.text("measure"))) {
                    byYear.putIfAbsent(r.integer("fiscal_year"), r.decimal("amount"));
                }
            }
            if (!byYear.isEmpty()) {
                List<BigDecimal> values = new ArrayList<>();
                years.forEach(y -> values.add(byYear.get(y)));
                lines.add(new ChartSpec.Series(e.directory().name(id), values, e.directory().colors().color(id)));
            }
        });
        String title = e.messages().get(lang, "chart_three_public_trend") + " (" + e.messages().get(lang, measure.equals("actual") ? "final" : "budget") + ")";
        return new ChartSpec(title, ChartSpec.Kind.LINE, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"),
                years.stream().map(String::valueOf).toList(), lines, null);
    }
}
