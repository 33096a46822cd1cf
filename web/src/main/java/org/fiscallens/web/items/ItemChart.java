package org.fiscallens.web.items;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.chart.ChartSpec;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.warehouse.Row;

/** The item page's chart: budget and final account of one item for the departments of one page (万元). */
final class ItemChart {
    private ItemChart() {
    }

    /**
     * One pair of bars per department of {@code page}, at the latest year it reports the item in the statement
     * shown; a kind the department has no document of that year for is no bar (never a zero).
     */
    static ChartSpec of(Endpoints e, ItemView v, ItemMatrix page, Lang lang) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (ItemMatrix.DepartmentRow r : page.rows()) {
            int year = r.cells().values().stream().mapToInt(c -> c.integer("fiscal_year")).max().orElseThrow();
            labels.add(e.directory().name(r.departmentId()) + " " + year);
            budget.add(amount(r.cell(new ItemMatrix.Column(year, "budget"))));
            actual.add(amount(r.cell(new ItemMatrix.Column(year, "final"))));
            colors.add(e.directory().colors().color(r.departmentId()));
        }
        String title = v.code() + " " + v.item().text("name") + " · " + e.messages().get(lang, "measure_" + v.statement());
        return new ChartSpec(title, ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN, e.messages().get(lang, "unit_wan"), labels,
                List.of(new ChartSpec.Series(e.messages().get(lang, "budget"), budget, new Color(0xc9d3e0)),
                        new ChartSpec.Series(e.messages().get(lang, "final"), actual, new Color(0x4b5563))),
                colors);
    }

    private static BigDecimal amount(Row cell) {
        return cell == null ? null : cell.decimal("amount");
    }
}
