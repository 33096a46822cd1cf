package org.fiscallens.web.execution;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;

/**
 * 预算执行 Execution: departments ranked by execution rate (决算 ÷ 预算), item-level deviations with the reasons
 * the documents give, filtered by year ({@code ?years=2024} or a range) and level
 * ({@code ?level=total|class|section|item|three_public|all}, default total). The page shows 100 rows of each
 * table at a time ({@code page}, {@code dpage}); the API and CSV return them all.
 */
public final class ExecutionFeature implements Feature {
    static final Set<String> LEVELS = Set.of("all", "total", "class", "section", "item", "three_public", "project");
    private static final int ROWS_PER_PAGE = 100;

    @Override
    public void register(Endpoints e) {
        e.page("/execution", "execution", "execution", (ctx, lang) -> {
            Filter f = Filter.of(ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            Pager rankingPage = Pager.of(ctx, "page", ROWS_PER_PAGE);
            List<Row> ranking = ranking(e, f, rankingPage);
            m.put("ranking", ranking);
            m.put("rankOffset", rankingPage.offset());
            m.put("rankingPager", rankingPage.view(ctx, ranking));
            Pager deviationsPage = Pager.of(ctx, "dpage", ROWS_PER_PAGE);
            List<Row> deviations = e.warehouse().query("execution/deviations_page", f.from(), f.to(),
                    deviationsPage.size(), deviationsPage.offset());
            m.put("deviations", deviations);
            m.put("deviationsPager", deviationsPage.view(ctx, deviations));
            m.put("years", f.years.text());
            m.put("level", f.level);
            m.put("levels", List.of("total", "class", "section", "item", "three_public", "project", "all"));
            m.put("availableYears", e.warehouse().query("execution/years"));
            m.put("query", f.query());
            m.put("rankingAlt", chart(e, f, lang).altText());
            return m;
        });
        e.table("/api/execution", ctx -> ranking(e, Filter.of(ctx)));
        e.table("/api/execution/deviations", ctx -> deviations(e, Filter.of(ctx)));
        e.chart("/charts/execution/ranking", (ctx, lang) -> chart(e, Filter.of(ctx), lang));
    }

    /** One preferred rate per department, year and subject, highest rate first ({@link RateOrder#RANKING}). */
    static List<Row> ranking(Endpoints e, Filter f) {
        List<Row> rows = e.warehouse().query("execution/ranking", f.from(), f.to(), f.level);
        rows.sort(RateOrder.RANKING);
        return rows;
    }

    /** One page of the ranking, in the same order, sorted and cut by the query. */
    static List<Row> ranking(Endpoints e, Filter f, Pager page) {
        return e.warehouse().query("execution/ranking_page", f.from(), f.to(), f.level, page.size(), page.offset());
    }

    /** Item-level deviations, largest relative gap first ({@link RateOrder#DEVIATIONS}). */
    static List<Row> deviations(Endpoints e, Filter f) {
        List<Row> rows = e.warehouse().query("execution/deviations", f.from(), f.to());
        rows.sort(RateOrder.DEVIATIONS);
        return rows;
    }

    static ChartSpec chart(Endpoints e, Filter f, Lang lang) {
        List<Row> rows = ranking(e, f, new Pager("page", 1, 20));
        var colors = e.directory().colors();
        return new ChartSpec(e.messages().get(lang, "chart_execution_ranking"), ChartSpec.Kind.BAR, ChartSpec.Unit.PERCENT, "%",
                rows.stream().map(r -> shortName(r) + " " + r.integer("fiscal_year")
                        + ("total".equals(r.text("subject")) ? "" : " " + r.text("subject"))).toList(),
                List.of(new ChartSpec.Series(e.messages().get(lang, "execution_rate"),
                        rows.stream().map(r -> r.decimal("rate")).toList(), new java.awt.Color(0x4b5563))),
                rows.stream().map(r -> colors.color(r.text("department_id"))).toList());
    }

    private static String shortName(Row r) {
        String n = r.text("department_name");
        return n == null ? r.text("department_id") : n;
    }

    record Filter(Params.YearRange years, String level) {
        static Filter of(Context ctx) {
            return new Filter(Params.years("years", ctx.queryParam("years")),
                    Params.oneOf("level", ctx.queryParam("level"), "total", LEVELS));
        }

        int from() {
            return years.from() == null ? 1900 : years.from();
        }

        int to() {
            return years.to() == null ? 2100 : years.to();
        }

        String query() {
            return "years=" + years.text() + "&level=" + level;
        }
    }
}
