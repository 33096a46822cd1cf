package org.fiscallens.checks;

import java.math.BigDecimal;
import java.util.List;

/** Builds {@link Check} records with a consistent severity policy. */
final class Comparisons {
    private Comparisons() {
    }

    /**
     * Compares two amounts in 元: passed within {@code tolerance} (severity info), a rounding-level
     * difference is a warning, anything larger an error.
     */
    static Check amounts(CheckContext ctx, String rule, String subject, BigDecimal expected, BigDecimal actual,
                         BigDecimal tolerance, List<Integer> lines, CheckText message) {
        BigDecimal diff = expected.subtract(actual).abs();
        boolean passed = diff.compareTo(tolerance) <= 0;
        String severity = passed ? "info"
                : diff.compareTo(ctx.tolerances().warningLimit(ctx.info().sourceUnit(), tolerance)) <= 0 ? "warning" : "error";
        return check(ctx, rule, subject, severity, passed, expected, actual, tolerance, lines,
                passed ? message.after("agrees: ", "一致：")
                        : message.after("differs by " + show(ctx, diff) + ": ", "相差 " + show(ctx, diff) + "："));
    }

    static Check check(CheckContext ctx, String rule, String subject, String severity, boolean passed,
                       BigDecimal expected, BigDecimal actual, BigDecimal tolerance, List<Integer> lines,
                       CheckText message) {
        int[] all = new int[lines.size()];
        for (int k = 0; k < all.length; k++) {
            all[k] = lines.get(k);
        }
        List<Integer> sorted = sortedDistinct(all);
        StringBuilder id = new StringBuilder(ctx.docId()).append(':').append(rule).append(':').append(subject).append(':');
        for (int k = 0; k < sorted.size(); k++) {
            if (k > 0) {
                id.append(',');
            }
            id.append(sorted.get(k).intValue());
        }
        return new Check(ctx.docId(), id.toString(), rule, severity, passed, expected, actual, tolerance, sorted,
                subject, message.en(), message.zh());
    }

    /** The values in ascending order without repeats, as an unmodifiable list (sorts {@code values} in place). */
    static List<Integer> sortedDistinct(int[] values) {
        java.util.Arrays.sort(values);
        Integer[] out = new Integer[values.length];
        int m = 0;
        for (int k = 0; k < values.length; k++) {
            if (k == 0 || values[k] != values[k - 1]) {
                out[m++] = values[k];
            }
        }
        return List.<Integer>of(java.util.Arrays.copyOf(out, m));
    }

    /** 元 amount as 万元 text for messages when the document is in 万元 (7199 元 → "0.72万元" style avoided: exact). */
    static String show(CheckContext ctx, BigDecimal yuan) {
        if (yuan == null) {
            return "—";
        }
        if ("万元".equals(ctx.info().sourceUnit())) {
            return plain(yuan.movePointLeft(4)) + " 万元";
        }
        return plain(yuan) + " 元";
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
