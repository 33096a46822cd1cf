package org.fiscallens.web.compare;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The highest and lowest of compared values, as the comparison tables mark them. */
final class Extremes {
    private Extremes() {
    }

    /**
     * {@code "max"} for each key holding the highest value and {@code "min"} for each holding the lowest; nothing
     * when fewer than two values differ. Null values are not compared and get no mark.
     */
    static <K> Map<K, String> of(Map<K, BigDecimal> values) {
        BigDecimal max = null;
        BigDecimal min = null;
        for (BigDecimal v : values.values()) {
            if (v != null) {
                max = max == null || v.compareTo(max) > 0 ? v : max;
                min = min == null || v.compareTo(min) < 0 ? v : min;
            }
        }
        Map<K, String> out = new LinkedHashMap<>();
        if (max == null || max.compareTo(min) == 0) {
            return out;
        }
        for (Map.Entry<K, BigDecimal> e : values.entrySet()) {
            BigDecimal v = e.getValue();
            if (v != null && v.compareTo(max) == 0) {
                out.put(e.getKey(), "max");
            } else if (v != null && v.compareTo(min) == 0) {
                out.put(e.getKey(), "min");
            }
        }
        return out;
    }
}
