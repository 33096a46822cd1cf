package org.fiscallens.web.warehouse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result row: column label → value, in select order. Amounts arrive as {@link BigDecimal} (元),
 * rates and shares as fractions; SQL NULL stays null. Serialises to JSON as an object, renders in
 * templates as {@code row.column}.
 */
public final class Row extends LinkedHashMap<String, Object> {
    public Row() {
    }

    public Row(Map<String, ?> values) {
        super(values);
    }

    public String text(String column) {
        Object v = get(column);
        return v == null ? null : v.toString();
    }

    public BigDecimal decimal(String column) {
        Object v = get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        return new BigDecimal(v.toString());
    }

    public Integer integer(String column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).intValue();
    }

    public Row with(String column, Object value) {
        put(column, value);
        return this;
    }
}
