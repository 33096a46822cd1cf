package org.fiscallens.ingest.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Amounts a narrow cell wrapped, as a PDF table drawn without rules prints them: {@code 719.6} on one line and its
 * {@code 8} on a line of its own below, beside the row's 行次; {@code 236881} and its {@code 9}. Read alone, the head is
 * a wrong figure. A cell of a line laid out with spaces is such a head, reported and never read (even where the tail
 * it lost was a {@code 0}), when it holds one decimal, or is a whole number of four digits or more other than zero
 * (not a 类 code: {@code 302} alone on its line, its {@code 02} below, is a code's 类 and 款),
 * and its tail stands on one of the two lines below it (a line of numbers of one or two digits and nothing else: the
 * tails of a row's wrapped amounts, {@code 6    7}); one holding one decimal is one too where the document writes its
 * amounts on such lines with two decimals (four in five or more of at least five; 绩效 scores such as {@code 33.3}
 * stand on such lines too). Tab-separated lines keep their cells whole, so they are never judged so.
 */
final class CutAmounts {
    private static final Pattern DECIMAL = Pattern.compile("-?[\\d,]+\\.(\\d+)");
    private static final Pattern ONE_DECIMAL = Pattern.compile("-?[\\d,]+\\.\\d");
    private static final Pattern WHOLE = Pattern.compile("-?\\d[\\d,]{3,}");
    private static final Pattern TAIL = Pattern.compile("\\s*\\d{1,2}(\\s+\\d{1,2})*\\s*");
    private static final int MIN_AMOUNTS = 5;

    private final List<TableLine> lines;
    private final boolean twoDecimals;

    private CutAmounts(List<TableLine> lines, boolean twoDecimals) {
        this.lines = lines;
        this.twoDecimals = twoDecimals;
    }

    /** What the space-aligned lines of {@code lines} (a document's, in order) show of their amounts. */
    static CutAmounts of(List<TableLine> lines) {
        int two = 0;
        int other = 0;
        for (TableLine line : lines) {
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
        return new CutAmounts(lines, two >= MIN_AMOUNTS && two * 5 >= (two + other) * 4);
    }

    /** Whether {@code cell}, a cell of the space-aligned line {@code line} (1-based), is the head of a wrapped amount. */
    boolean cut(String cell, int line) {
        String t = cell.strip();
        boolean oneDecimal = ONE_DECIMAL.matcher(t).matches();
        if (!oneDecimal && !(WHOLE.matcher(t).matches() && t.chars().anyMatch(ch -> ch >= '1' && ch <= '9'))) {
            return false;
        }
        if (oneDecimal && twoDecimals) {
            return true;
        }
        for (int n = line + 1; n <= line + 2 && n <= lines.size(); n++) {
            if (!lines.get(n - 1).tabbed() && TAIL.matcher(lines.get(n - 1).raw()).matches()) {
                return true;
            }
        }
        return false;
    }
}
