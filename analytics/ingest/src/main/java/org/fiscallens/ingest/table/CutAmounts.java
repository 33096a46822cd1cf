package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.AmountText;

import java.math.BigDecimal;
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
 * stand on such lines too). A tab-separated line keeps its cells whole, except where a page break cut a ruled cell and
 * the PDF reader could not join the parts ({@code 10.0} over a row holding only {@code 9}): there a cell is a head only
 * where one of the two rows below holds nothing but such tails, one of them in its column.
 */
final class CutAmounts {
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern TAIL = Pattern.compile("\\s*\\d{1,2}(\\s+\\d{1,2})*\\s*");
    private static final int MIN_AMOUNTS = 5;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final List<TableLine> lines;
    /** Whether the document's space-aligned amounts have two decimals; null until a cell needs it. */
    private Boolean twoDecimals;

    CutAmounts(List<TableLine> lines) {
        this.lines = lines;
    }

    /** Whether the space-aligned lines of the document write their amounts with two decimals (see the class). */
    private boolean twoDecimals() {
        if (twoDecimals == null) {
            int two = 0;
            int other = 0;
            for (TableLine line : lines) {
                if (line.tabbed()) {
                    continue;
                }
                for (String word : line.raw().trim().split("\\s+")) {
                    int scale = word.indexOf('.') < 0 ? 0 : AmountText.parse(word).map(BigDecimal::scale).orElse(0);
                    if (scale == 2) {
                        two++;
                    } else if (scale > 0) {
                        other++;
                    }
                }
            }
            twoDecimals = two >= MIN_AMOUNTS && two * 5 >= (two + other) * 4;
        }
        return twoDecimals;
    }

    /** Whether {@code cell}, a cell of line {@code line} (1-based), is the head of a wrapped amount. */
    boolean cut(String cell, int line) {
        String t = cell.strip();
        int point = t.indexOf('.');
        if (point >= 0 ? point != t.length() - 2 : t.length() < 4) {
            return false; // the usual amount, two decimals, and small whole numbers leave here
        }
        BigDecimal value = AmountText.parse(t).orElse(null);
        boolean oneDecimal = value != null && value.scale() == 1;
        if (!oneDecimal && (value == null || value.scale() != 0 || value.abs().compareTo(THOUSAND) < 0)) {
            return false;
        }
        TableLine head = lines.get(line - 1);
        if (!head.tabbed() && oneDecimal && twoDecimals()) {
            return true;
        }
        int column = head.tabbed() ? head.cells().stream().map(c -> c.text().strip()).toList().indexOf(t) : -1;
        for (int n = line + 1; n <= line + 2 && n <= lines.size(); n++) {
            TableLine next = lines.get(n - 1);
            if (head.tabbed() ? tailCell(next, column) : !next.tabbed() && TAIL.matcher(next.raw()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tab-separated {@code line} is the tails of a row's wrapped cells, one of them in {@code column}: the rest
     * of a ruled cell a page break cut ({@code 10.0} over {@code 9}).
     */
    private static boolean tailCell(TableLine line, int column) {
        if (!line.tabbed() || column < 0 || column >= line.cells().size()
                || !TWO_DIGITS.matcher(line.cells().get(column).text().strip()).matches()) {
            return false;
        }
        return line.filled().stream().allMatch(c -> TWO_DIGITS.matcher(c.text().strip()).matches());
    }
}
