package org.fiscallens.web.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link ChartSpec} with JFreeChart, as PNG (Java2D) or SVG (JFreeSVG), in the dashboard theme.
 * Thread-safe: every call builds its own chart.
 */
public final class ChartRenderer {
    public static final int WIDTH = 760;
    public static final int HEIGHT = 380;
    private final ChartTheme theme;

    public ChartRenderer(ChartTheme theme) {
        this.theme = theme;
    }

    public ChartTheme theme() {
        return theme;
    }

    public JFreeChart chart(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : spec.series()) {
            for (int c = 0; c < spec.categories().size(); c++) {
                BigDecimal v = c < s.values().size() ? s.values().get(c) : null;
                data.addValue(v == null ? null : spec.plotted(v), s.name(), spec.categories().get(c));
            }
        }
        String axis = spec.unit() == ChartSpec.Unit.PERCENT ? "%" : spec.unitLabel();
        CategoryAxis domain = new CategoryAxis();
        NumberAxis range = new NumberAxis(axis);
        range.setNumberFormatOverride(new DecimalFormat(spec.unit() == ChartSpec.Unit.PERCENT ? "0'%'" : "#,##0.##"));
        if (allZero(data)) {
            range.setRange(0, 1); // a flat zero line on an axis of its own would be labelled 0, 0, -0, …
        }
        CategoryPlot plot;
        if (spec.kind() == ChartSpec.Kind.LINE) {
            LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
            lines.setAutoPopulateSeriesPaint(false);
            lines.setAutoPopulateSeriesStroke(false);
            for (int i = 0; i < spec.series().size(); i++) {
                lines.setSeriesPaint(i, spec.series().get(i).color());
                lines.setSeriesStroke(i, new BasicStroke(2.4f));
            }
            plot = new CategoryPlot(data, domain, range, lines);
        } else {
            BarRenderer bars = new SpecBarRenderer(spec);
            bars.setAutoPopulateSeriesPaint(false);
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    new DecimalFormat(spec.unit() == ChartSpec.Unit.PERCENT ? "0.00'%'" : "#,##0.00")));
            bars.setDefaultItemLabelsVisible(spec.categories().size() * spec.series().size() <= 16);
            bars.setDefaultItemLabelFont(theme.font().deriveFont(12f));
            bars.setDefaultPositiveItemLabelPosition(horizontal(spec)
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            for (int i = 0; i < spec.series().size(); i++) {
                bars.setSeriesPaint(i, spec.series().get(i).color());
            }
            plot = new CategoryPlot(data, domain, range, bars);
        }
        plot.setOrientation(horizontal(spec) ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (spec.kind() == ChartSpec.Kind.LINE && spec.categories().stream().anyMatch(c -> c.length() > 8)) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        domain.setMaximumCategoryLabelLines(2);
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        range.setUpperMargin(0.15);
        JFreeChart chart = new JFreeChart(spec.title(), theme.font(), plot, spec.series().size() > 1);
        theme.apply(chart);
        chart.setTitle(new TextTitle(spec.title(), theme.font().deriveFont(java.awt.Font.BOLD, 15f)));
        return chart;
    }

    /** Long department names read better along horizontal bars than rotated under vertical ones. */
    static boolean horizontal(ChartSpec spec) {
        return spec.kind() != ChartSpec.Kind.LINE && spec.categories().stream().anyMatch(c -> c.length() > 8);
    }

    public byte[] png(ChartSpec spec) {
        JFreeChart chart = chart(spec);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        g.dispose();
        return PngEncoder.encode(img);
    }

    public String svg(ChartSpec spec) {
        JFreeChart chart = chart(spec);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    /** Bars coloured by department when the spec says so; budget bars take the lighter tint. */
    private static final class SpecBarRenderer extends BarRenderer {
        private final transient ChartSpec spec;

        SpecBarRenderer(ChartSpec spec) {
            this.spec = spec;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (spec.categoryColors() == null || column >= spec.categoryColors().size()) {
                return super.getItemPaint(row, column);
            }
            Color c = spec.categoryColors().get(column);
            if (spec.kind() == ChartSpec.Kind.PAIRS && row == 0 && spec.series().size() > 1) {
                return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
            }
            return c;
        }
    }

    /** Whether every value plotted is zero (or there is none). */
    private static boolean allZero(CategoryDataset data) {
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                if (v != null && v.doubleValue() != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
