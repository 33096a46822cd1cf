package org.fiscallens.web.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.page.Formats;

/**
 * What a chart shows, independent of how it is drawn: categories along the axis, one or more series of
 * values, colours. The same spec draws the PNG and the SVG and writes the alt text, so the alt text states
 * exactly the plotted numbers.
 *
 * @param title          chart title (page language)
 * @param kind           bars, lines (trends) or budget-vs-actual bar pairs
 * @param unit           how values read: amounts in 万元 or rates in percent
 * @param categories     axis categories (department names, years, items)
 * @param series         the plotted series; values may be null (not stated)
 * @param categoryColors per-category colours (a department's colour) or null to colour by series
 */
public record ChartSpec(String title, Kind kind, Unit unit, String unitLabel, List<String> categories,
                        List<Series> series, List<Color> categoryColors) {

    public enum Kind { BAR, LINE, PAIRS }

    public enum Unit { WAN, PERCENT }

    /** @param values in 元 for {@link Unit#WAN}, fractions for {@link Unit#PERCENT} */
    public record Series(String name, List<BigDecimal> values, Color color) {
    }

    /** Every label drawn: title, categories, series names, unit. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add(unitLabel);
        out.addAll(categories);
        series.forEach(s -> out.add(s.name()));
        return out;
    }

    /** Alt text stating every number: {@code 标题：A 决算 719.68 万元，…}. */
    public String altText() {
        StringBuilder sb = new StringBuilder(title).append(": ");
        for (int c = 0; c < categories.size(); c++) {
            if (c > 0) {
                sb.append("; ");
            }
            sb.append(categories.get(c));
            for (Series s : series) {
                BigDecimal v = c < s.values().size() ? s.values().get(c) : null;
                sb.append(series.size() > 1 || !s.name().isEmpty() ? " " + s.name() + " " : " ").append(format(v));
            }
        }
        return sb.toString();
    }

    String format(BigDecimal v) {
        if (v == null) {
            return Formats.MISSING;
        }
        return unit == Unit.PERCENT ? Formats.pct(v) : Formats.wan(v) + " " + unitLabel;
    }

    /** Plotted number: 万元 or percent points. */
    double plotted(BigDecimal v) {
        return unit == Unit.PERCENT ? v.doubleValue() * 100 : v.doubleValue() / 10_000;
    }
}
