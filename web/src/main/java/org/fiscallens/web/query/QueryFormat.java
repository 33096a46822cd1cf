package org.fiscallens.web.query;

import java.util.Locale;

/** Output format of the {@code query} command. */
public enum QueryFormat {
    /** RFC 4180 CSV with a header row, UTF-8, LF line ends; SQL NULL is an empty field. */
    CSV,
    /**
     * One JSON object {@code {"columns":[{"name","type"}…],"rows":[[…]…]}}: column order, DuckDB type names
     * and exact decimals (as JSON numbers) are kept; SQL NULL is {@code null}.
     */
    JSON;

    /** Parses {@code csv} or {@code json} (any case); throws {@link UsageException} naming the bad value. */
    static QueryFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be csv or json, not '" + text + "'");
        }
    }
}
