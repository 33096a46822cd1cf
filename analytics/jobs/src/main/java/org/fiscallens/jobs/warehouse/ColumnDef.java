package org.fiscallens.jobs.warehouse;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of the warehouse contract.
 *
 * @param name    column name as readers use it
 * @param sqlType the DuckDB type as the contract declares it, e.g. {@code VARCHAR}, {@code DECIMAL(18,2)}
 */
public record ColumnDef(String name, String sqlType) implements Serializable {
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)", Pattern.CASE_INSENSITIVE);

    /** The type without parameters, upper case: {@code VARCHAR}, {@code INTEGER}, {@code DECIMAL}, … */
    public String baseType() {
        int paren = sqlType.indexOf('(');
        return (paren < 0 ? sqlType : sqlType.substring(0, paren)).strip().toUpperCase(Locale.ROOT);
    }

    /** The precision of a {@code DECIMAL(p,s)} column; -1 for any other type. */
    public int decimalPrecision() {
        Matcher m = DECIMAL.matcher(sqlType.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The scale of a {@code DECIMAL(p,s)} column; -1 for any other type. */
    public int decimalScale() {
        Matcher m = DECIMAL.matcher(sqlType.strip());
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }
}
