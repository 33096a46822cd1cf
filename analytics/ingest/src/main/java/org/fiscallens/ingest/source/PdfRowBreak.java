package org.fiscallens.ingest.source;

import java.util.List;

/**
 * A table row a page break cuts in two (跨页断行): Word and WPS let a row run on to the next page, where its rest prints
 * at the top of the table's next part as a row of its own ({@code 项目名称 伤残警察医疗费（2024} on one page,
 * {@code 年）} on the next). The two parts are one row when the table ends one page and goes on at the top of the
 * next on the same columns, and the next part's first row (after the heading row repeated there, if any) is text
 * only in cells whose text on the previous page runs to the cell's right edge without ending a sentence or label
 * ({@code 。}, {@code ：}), fewer of them than that row fills, none opening an item ({@code 2.}, {@code （二）}): a row of
 * its own holds an amount, a label where the row before has none, or text beside a cell that ended short. Digits go on
 * only where they end an amount the cell wrapped ({@code 10.0} at the foot of one page, {@code 9} at the top of the
 * next: 10.09) or a code or whole number ({@code 208010} and {@code 9}: 2080109).
 */
final class PdfRowBreak {
    /** Column edges of two parts of one table lie this close (PDF points). */
    private static final double SAME_COLUMN = 4.0;

    private PdfRowBreak() {
    }

    /**
     * Which row of {@code next} (the table starting a page) goes on from the last row of {@code cut} (the table ending
     * the page before): 0, 1 when {@code next} first repeats {@code cut}'s heading row, or -1 for none.
     */
    static int continuation(PdfTableGrid.Grid cut, PdfTableGrid.Grid next) {
        List<PdfTableGrid.Row> above = cut.rows();
        List<PdfTableGrid.Row> below = next.rows();
        if (above.isEmpty() || below.isEmpty() || !sameColumns(cut.columns(), next.columns())) {
            return -1;
        }
        int at = below.size() > 1 && above.size() > 1 && below.get(0).text().equals(above.get(0).text()) ? 1 : 0;
        return goesOn(above.get(above.size() - 1), below.get(at)) ? at : -1;
    }

    /** The row {@code cut} with its continuation {@code rest}, cell by cell. */
    static PdfTableGrid.Row joined(PdfTableGrid.Row cut, PdfTableGrid.Row rest) {
        String[] a = cut.cells();
        String[] b = rest.cells();
        boolean[] full = cut.full().clone();
        for (int i = 0; i < a.length; i++) {
            if (!b[i].isBlank()) {
                a[i] = PdfParagraphs.joined(a[i], b[i]);
                full[i] = rest.full()[i];
            }
        }
        return new PdfTableGrid.Row(String.join("\t", a), full);
    }

    private static boolean goesOn(PdfTableGrid.Row cut, PdfTableGrid.Row rest) {
        String[] a = cut.cells();
        String[] b = rest.cells();
        if (a.length != b.length) {
            return false;
        }
        int filled = 0;
        int goingOn = 0;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].isBlank()) {
                filled++;
            }
            if (!b[i].isBlank()) {
                if (a[i].isBlank() || !cut.full()[i] || PdfParagraphs.endsSentence(a[i]) || PdfParagraphs.opensItem(b[i])
                        || b[i].codePoints().noneMatch(Character::isLetter) && !amountGoesOn(a[i], b[i])
                        && !digitsGoOn(a[i], b[i])) {
                    return false;
                }
                goingOn++;
            }
        }
        return goingOn > 0 && goingOn < filled;
    }

    /**
     * Whether {@code rest} is the end of the amount {@code head} a narrow cell wrapped at the page's foot: the head
     * is not a whole amount with two decimals, and the two make one ({@code 10.0} and {@code 9}, {@code 236881} and
     * {@code 9.00}).
     */
    private static boolean amountGoesOn(String head, String rest) {
        String h = head.strip();
        String r = rest.strip();
        return r.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.') && !twoDecimals(h) && twoDecimals(h + r);
    }

    /**
     * Whether {@code rest} is the end of the classification code or whole number {@code head} a narrow cell wrapped at
     * the page's foot ({@code 208010} and {@code 9}: 2080109; a score's {@code 10} and {@code 0}: 100): both digits
     * only, together no longer than the longest code (7 digits, a 项).
     */
    private static boolean digitsGoOn(String head, String rest) {
        String h = head.strip();
        String r = rest.strip();
        return !h.isEmpty() && !r.isEmpty() && h.length() + r.length() <= 7
                && (h + r).chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** Whether {@code text} is an amount written with two decimals. */
    private static boolean twoDecimals(String text) {
        return AmountText.parse(text).filter(v -> v.scale() == 2).isPresent();
    }

    private static boolean sameColumns(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > SAME_COLUMN) {
                return false;
            }
        }
        return true;
    }
}
