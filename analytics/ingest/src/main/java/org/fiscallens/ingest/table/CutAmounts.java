package org.fiscallens.ingest.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Amounts a narrow cell wrapped, as a PDF table drawn without rules prints them: {@code 719.6} on one line and its
 * {@code 8} two lines down, beside the row's 行次. Read alone, the head is a wrong figure. In a document whose amounts
 * on lines laid out with spaces are written with two decimals (four in five or more of at least five; the heads of a
 * wrapped column can be many, and 绩效 scores such as {@code 33.3} stand on such lines too), a cell of such a line
 * holding one decimal is such a head: it is reported, never read, even where the tail it lost was a {@code 0}. A
 * whole number is not judged so: tables in 元 print {@code 80000} beside {@code 151800.00}. Tab-separated lines keep
 * their cells whole, so they are never judged so.
 */
final class CutAmounts {
    private static final Pattern DECIMAL = Pattern.compile("-?[\\d,]+\\.(\\d+)");
    private static final Pattern ONE_DECIMAL = Pattern.compile("-?[\\d,]+\\.\\d");
    private static final int MIN_AMOUNTS = 5;

    private final boolean twoDecimals;

    private CutAmounts(boolean twoDecimals) {
        this.twoDecimals = twoDecimals;
    }

    /** What the space-aligned lines {@code from}..{@code to} (1-based, inclusive) of {@code lines} show of their amounts. */
    static CutAmounts of(List<TableLine> lines, int from, int to) {
        int two = 0;
        int other = 0;
        for (int n = Math.max(1, from); n <= to && n <= lines.size(); n++) {
            TableLine line = lines.get(n - 1);
            if (line.tabbed()) {
                continue;
            }
            for (String word : line.raw().trim().split("\\s+")) {
                var m = DECIMAL.matcher(word);
                if (m.matches()) {
                    if (m.group(1).length() == 2) {
                        two++;
                    } else {
                        other++;
                    }
                }
            }
        }
        return new CutAmounts(two >= MIN_AMOUNTS && two * 5 >= (two + other) * 4);
    }

    /** Whether {@code cell}, a cell of a space-aligned line, is the head of a wrapped amount. */
    boolean cut(String cell) {
        if (!twoDecimals) {
            return false;
        }
        String t = cell.strip();
        return ONE_DECIMAL.matcher(t).matches();
    }
}
