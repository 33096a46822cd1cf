package org.fiscallens.web.execution;

import java.math.BigDecimal;
import java.util.Comparator;
import org.fiscallens.web.warehouse.Row;

/**
 * The orders of the execution tables, applied in Java to the few rows a request returns: DuckDB's
 * {@code ORDER BY} over rows with many text columns cost about as much as the rest of the query. Each
 * order is total on {@code execution_preferred} rows (one per department, year and subject) and matches
 * what the SQL {@code ORDER BY} gave: numbers by value, text by code point (DuckDB's binary collation),
 * NULLs last.
 */
final class RateOrder {
    /** Ranking: rate descending, then newest year, then department id and subject. */
    static final Comparator<Row> RANKING = Comparator.<Row, BigDecimal>comparing(r -> r.decimal("rate"), descending())
            .thenComparing(RateOrder::yearsNewestFirst);

    /** Deviations: largest |rate − 1| first, then newest year, then department id and subject. */
    static final Comparator<Row> DEVIATIONS = Comparator.<Row, BigDecimal>comparing(RateOrder::gap, descending())
            .thenComparing(RateOrder::yearsNewestFirst);

    private RateOrder() {
    }

    private static int yearsNewestFirst(Row a, Row b) {
        int c = nullsLast(Comparator.<Integer>reverseOrder()).compare(a.integer("fiscal_year"), b.integer("fiscal_year"));
        if (c == 0) {
            c = nullsLast(RateOrder::codePoints).compare(a.text("department_id"), b.text("department_id"));
        }
        return c != 0 ? c : nullsLast(RateOrder::codePoints).compare(a.text("subject"), b.text("subject"));
    }

    private static BigDecimal gap(Row r) {
        BigDecimal rate = r.decimal("rate");
        return rate == null ? null : rate.subtract(BigDecimal.ONE).abs();
    }

    private static Comparator<BigDecimal> descending() {
        return nullsLast(Comparator.<BigDecimal>reverseOrder());
    }

    private static <T> Comparator<T> nullsLast(Comparator<T> c) {
        return Comparator.nullsLast(c);
    }

    /** Code point order, as DuckDB compares VARCHAR (String.compareTo differs for characters beyond U+FFFF). */
    static int codePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
