package org.fiscallens.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How figures read on screen. The warehouse holds 元 and fractions; pages show 万元 with two decimals
 * (as the documents do) and percentages with two decimals. Missing values show as an em dash.
 */
public final class Formats {
    public static final String MISSING = "—";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {
    }

    /** 元 → 万元 with grouping and two decimals: 12280900 → {@code 1,228.09}. */
    public static String wan(Object yuan) {
        BigDecimal v = decimal(yuan);
        return v == null ? MISSING : group(v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** 元 with grouping and two decimals: {@code 13,400.00}. */
    public static String yuan(Object yuan) {
        BigDecimal v = decimal(yuan);
        return v == null ? MISSING : group(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** Fraction → percent with two decimals: 0.9631 → {@code 96.31%}. */
    public static String pct(Object fraction) {
        BigDecimal v = decimal(fraction);
        return v == null ? MISSING : v.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Fraction → signed percent: -0.088 → {@code −8.80%}, 0.2087 → {@code +20.87%}. */
    public static String signedPct(Object fraction) {
        BigDecimal v = decimal(fraction);
        if (v == null) {
            return MISSING;
        }
        String s = v.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).abs().toPlainString() + "%";
        return (v.signum() < 0 ? "−" : v.signum() > 0 ? "+" : "") + s;
    }

    /** Decimal with up to two places, no grouping, for scores and counts. */
    /** Percent points as stored, two to four decimals: 4.8063 → {@code 4.8063%}, 4.8 → {@code 4.80%}. */
    public static String points(Object value) {
        BigDecimal v = decimal(value);
        if (v == null) {
            return MISSING;
        }
        BigDecimal p = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (p.scale() < 2 ? p.setScale(2, RoundingMode.UNNECESSARY) : p).toPlainString() + "%";
    }

    public static String plain(Object value) {
        BigDecimal v = decimal(value);
        return v == null ? MISSING : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String s = v.toString().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String group(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
