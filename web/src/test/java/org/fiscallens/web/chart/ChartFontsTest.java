package org.fiscallens.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class ChartFontsTest {
    private static final ChartSpec SPEC = new ChartSpec("三公经费对比：预算与决算", ChartSpec.Kind.PAIRS, ChartSpec.Unit.WAN, "万元",
            List.of("新乡县医疗保障局 2024", "高平市医疗保险服务中心 2024", "乌鲁木齐市医疗保障局（本级） 2024", "西乡县医疗保险业务经办中心 2024"),
            List.of(new ChartSpec.Series("预算", java.util.Arrays.asList(new BigDecimal("24000"), null, null, null), Color.LIGHT_GRAY),
                    new ChartSpec.Series("决算", java.util.Arrays.asList(new BigDecimal("21500"), new BigDecimal("13400"), null, null), Color.DARK_GRAY)),
            null);

    @Test
    void themeNamesTheInstalledCjkFontNotAFallback() {
        Font f = ChartFonts.requireCjk();
        assertThat(f.getFamily(Locale.ROOT)).isEqualTo(ChartFonts.family()).isNotEqualTo("Dialog");
    }

    @Test
    void fontInUseDisplaysEveryLabelOfARenderedChart() {
        ChartRenderer renderer = new ChartRenderer(new ChartTheme(ChartFonts.requireCjk()));
        JFreeChart chart = renderer.chart(SPEC);
        CategoryPlot plot = chart.getCategoryPlot();
        List<Font> fonts = List.of(chart.getTitle().getFont(), plot.getDomainAxis().getTickLabelFont(),
                plot.getRangeAxis().getLabelFont(), chart.getLegend().getItemFont());
        List<String> labels = new ArrayList<>(SPEC.labels());
        labels.add(SPEC.altText());
        for (Font f : fonts) {
            assertThat(f.getFamily(Locale.ROOT)).as("font of a chart element").isEqualTo(ChartFonts.family());
            assertThat(ChartFonts.undisplayable(f, labels)).as("labels %s cannot display", f.getFamily()).isEmpty();
        }
    }

    @Test
    void renderedPngIsAnImageWithInk() throws Exception {
        byte[] png = new ChartRenderer(new ChartTheme(ChartFonts.requireCjk())).png(SPEC);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(img.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void fallbackFontIsRefusedWithInstructions() {
        String old = System.getProperty("fiscallens.chart.font");
        System.setProperty("fiscallens.chart.font", "No Such Font CJK");
        try {
            assertThatThrownBy(ChartFonts::requireCjk).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No Such Font CJK").hasMessageContaining("fonts-noto-cjk")
                    .hasMessageContaining("Dialog");
        } finally {
            if (old == null) {
                System.clearProperty("fiscallens.chart.font");
            } else {
                System.setProperty("fiscallens.chart.font", old);
            }
        }
    }

    @Test
    void latinOnlyFontCannotDisplayChineseLabels() {
        Font latin = new Font("DejaVu Sans", Font.PLAIN, 12);
        assertThat(ChartFonts.undisplayable(latin, SPEC.labels())).contains("三公经费对比：预算与决算");
    }

    @Test
    void altTextStatesThePlottedNumbers() {
        assertThat(SPEC.altText()).contains("新乡县医疗保障局 2024 预算 2.40 万元 决算 2.15 万元")
                .contains("高平市医疗保险服务中心 2024 预算 — 决算 1.34 万元");
    }
}
