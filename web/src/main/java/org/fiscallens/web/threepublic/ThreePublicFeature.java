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
import org.fiscallens.web.warehouse.Row;

/**
 * 三公经费: per-department series (因公出国（境）, 公务用车购置及运行维护, 公务接待; budget and actual kept apart),
 * a trend chart across departments, and the anomaly list with explanations and sources.
 */
public final class ThreePublicFeature implements Feature {

    @Override
    public void register(Endpoints e) {
        e.page("/three-public", "three_public", "three_public", (ctx, lang) -> {
            List<Row> series = e.warehouse().query("threepublic/series", "all");
            List<Map<String, Object>> perDept = new ArrayList<>();
            for (Row d : e.directory().departments()) {
                String id = d.text("department_id");
                List<Row> own = series.stream().filter(r -> id.equals(r.text("department_id"))).toList();
                if (!own.isEmpty()) {
                    perDept.add(Map.of("department", d, "pivot", ThreePublicPivot.of(own)));
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("perDept", perDept);
            List<Row> anomalies = e.warehouse().query("threepublic/anomalies", "three_public");
            m.put("anomalies", anomalies);
            m.put("otherAnomalies", anomalies.isEmpty() ? e.warehouse().query("threepublic/anomalies", "all") : List.of());
            m.put("trendActualAlt", trend(e, "actual", lang).altText());
            m.put("trendBudgetAlt", trend(e, "budget", lang).altText());
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
        e.table("/api/three-public/anomalies", ctx -> e.warehouse().query("threepublic/anomalies",
                Params.oneOf("scope", ctx.queryParam("scope"), "three_public", Set.of("three_public", "all"))));
        e.chart("/charts/three-public/trend", (ctx, lang) -> trend(e,
                Params.oneOf("measure", ctx.queryParam("measure"), "actual", Set.of("actual", "budget")), lang));
    }

    /** 三公 total per department (one line each, in its colour) across years. */
    static ChartSpec trend(Endpoints e, String measure, Lang lang) {
        List<Row> series = e.warehouse().query("threepublic/series", "all").stream()
                .filter(r -> "total".equals(r.text("category")) && measure.equals(r.text("measure"))).toList();
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(r -> years.add(r.integer("fiscal_year")));
        List<ChartSpec.Series> lines = new ArrayList<>();
        for (Row d : e.directory().departments()) {
            String id = d.text("department_id");
            List<BigDecimal> values = new ArrayList<>();
            boolean any = false;
            for (Integer y : years) {
                BigDecimal v = series.stream().filter(r -> id.equals(r.text("department_id")) && y.equals(r.integer("fiscal_year")))
                        .map(r -> r.decimal("amount")).findFirst().orElse(null);
                any |= v != null;
                values.add(v);
            }
            if (any) {
                lines.add(new ChartSpec.Series(d.text("department_name"), values, e.directory().colors().color(id)));
            }
        }
        String title = e.messages().get(lang, "chart_three_public_trend") + " (" + e.messages().get(lang, measure.equals("actual") ? "final" : "budget") + ")";
        return new ChartSpec(title, ChartSpec.Kind.LINE, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"),
                years.stream().map(String::valueOf).toList(), lines, null);
    }
}
