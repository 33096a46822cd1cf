package org.fiscallens.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Check tolerances (容差), loaded from {@code tolerances.properties}: amounts in 元, percentages in points.
 *
 * @param unitWan       one printed unit of a 万元 table, in 元 (100)
 * @param unitYuan      one printed unit of a 元 table, in 元 (1)
 * @param perAddend     allowed rounding drift per summed figure, in units
 * @param sameFigure    allowed difference between two printings of one figure, in units
 * @param roundingBand  differences up to this many units are rounding-level warnings, beyond it errors
 * @param percentStated margin beyond half a unit of the stated percentage's last digit
 * @param percentBand   percentage differences up to this are warnings, beyond it errors
 */
public record Tolerances(BigDecimal unitWan, BigDecimal unitYuan, BigDecimal perAddend, BigDecimal sameFigure,
                         BigDecimal roundingBand, BigDecimal percentStated, BigDecimal percentBand) {

    public static Tolerances standard() {
        Properties p = new Properties();
        try (InputStream in = Tolerances.class.getResourceAsStream("tolerances.properties")) {
            if (in == null) {
                throw new IllegalStateException("tolerances.properties missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tolerances.properties", e);
        }
        return new Tolerances(dec(p, "amount.unit.万元"), dec(p, "amount.unit.元"), dec(p, "amount.per_addend"),
                dec(p, "amount.same_figure"), dec(p, "rounding.band"), dec(p, "percent.stated"), dec(p, "percent.band"));
    }

    /** One printed unit, in 元, for a document whose tables are in {@code sourceUnit}. */
    public BigDecimal unit(String sourceUnit) {
        return "万元".equals(sourceUnit) ? unitWan : unitYuan;
    }

    /** Allowed difference for a sum of {@code addends} figures. */
    public BigDecimal forSum(String sourceUnit, int addends) {
        return unit(sourceUnit).multiply(perAddend).multiply(BigDecimal.valueOf(Math.max(1, addends)))
                .max(unit(sourceUnit));
    }

    /** Allowed difference between two printings of one figure. */
    public BigDecimal forSameFigure(String sourceUnit) {
        return unit(sourceUnit).multiply(sameFigure);
    }

    /** The limit under which a failed amount comparison is only a rounding-level warning. */
    public BigDecimal warningLimit(String sourceUnit, BigDecimal tolerance) {
        return tolerance.add(unit(sourceUnit).multiply(roundingBand));
    }

    private static BigDecimal dec(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("tolerances.properties lacks " + key);
        }
        return new BigDecimal(v.strip());
    }
}
