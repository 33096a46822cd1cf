package org.fiscallens.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The dashboard's look for JFreeChart: the CJK font named explicitly for every text element, flat bars,
 * light grid, white background.
 */
public final class ChartTheme {
    static final Color TEXT = new Color(0x1f2937);
    static final Color GRID = new Color(0xe5e7eb);
    private final StandardChartTheme theme;
    private final Font base;

    public ChartTheme(Font base) {
        this.base = base;
        theme = new StandardChartTheme("Fiscal Lens", false);
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(base.deriveFont(Font.PLAIN, 14f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 13f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 12f));
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
    }

    public Font font() {
        return base;
    }

    public void apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setShadowVisible(false);
                bars.setBarPainter(new StandardBarPainter());
                bars.setItemMargin(0.04);
                bars.setMaximumBarWidth(0.12);
            }
        }
    }
}
