package org.fiscallens.web.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The CJK font every chart draws with. Named explicitly — Java silently substitutes its logical
 * {@code Dialog} font when a named font is missing, and Chinese labels then draw as empty boxes.
 * Default: {@code Noto Sans CJK SC} (Debian {@code fonts-noto-cjk}); override with system property
 * {@code fiscallens.chart.font} (e.g. {@code WenQuanYi Micro Hei} from {@code fonts-wqy-microhei}).
 */
public final class ChartFonts {
    public static final String DEFAULT_FAMILY = "Noto Sans CJK SC";
    /** Characters every chart needs: department names, measures, units, digits. */
    static final String SAMPLE = "预算决算执行率三公经费因公出国境公务用车购置运行维护接待万元新乡县医疗保障局高平市乌鲁木齐西乡0123456789.%";

    private ChartFonts() {
    }

    public static String family() {
        return System.getProperty("fiscallens.chart.font", DEFAULT_FAMILY);
    }

    /** The chart font at the given size (may be a fallback; see {@link #requireCjk()}). */
    public static Font font(int style, float size) {
        return new Font(family(), style, 12).deriveFont(style, size);
    }

    /**
     * Verifies the named font is really installed and covers Chinese.
     *
     * @return the resolved font
     * @throws IllegalStateException with instructions when Java resolved the name to a fallback or the font
     *                               cannot display Chinese
     */
    public static Font requireCjk() {
        String wanted = family();
        Font f = new Font(wanted, Font.PLAIN, 12);
        String got = f.getFamily(Locale.ROOT);
        if (!got.equalsIgnoreCase(wanted)) {
            throw new IllegalStateException("chart font '" + wanted + "' is not installed: Java resolved it to '" + got
                    + "', which draws Chinese labels as empty boxes. Install Debian's fonts-noto-cjk"
                    + " (sudo apt-get install fonts-noto-cjk, or run .ci/setup), or name an installed CJK font with"
                    + " -Dfiscallens.chart.font=<family>.");
        }
        int bad = f.canDisplayUpTo(SAMPLE);
        if (bad >= 0) {
            throw new IllegalStateException("chart font '" + wanted + "' cannot display '" + SAMPLE.charAt(bad)
                    + "': choose a CJK font (fonts-noto-cjk) with -Dfiscallens.chart.font=<family>.");
        }
        return f;
    }

    /** The labels (of those given) that {@code font} cannot fully display; empty when all are fine. */
    public static List<String> undisplayable(Font font, Collection<String> labels) {
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            if (label != null && font.canDisplayUpTo(label) >= 0) {
                out.add(label);
            }
        }
        return out;
    }
}
