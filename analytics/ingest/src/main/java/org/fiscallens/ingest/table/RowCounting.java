package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Row numbers (行次) standing where amounts should: a column whose numbers count the table's rows is a 行次 whatever
 * its header says (a 行 over 次 wrapped apart, a label lost), and its small whole numbers are no amounts.
 */
final class RowCounting {
    private RowCounting() {
    }

    /**
     * Whether a column's numbers count the rows: four in five or more are small whole numbers (three digits at most),
     * at least three, and three in five steps between them rise by one (a row wrapped over two lines, or a figure
     * joined to its row number, breaks the run here and there).
     */
    static boolean counts(List<String> numbers) {
        List<Long> small = new ArrayList<>();
        for (String v : numbers) {
            if (isRowNumber(v)) {
                small.add(Long.parseLong(v));
            }
        }
        if (small.size() < 3 || small.size() * 5 < numbers.size() * 4) {
            return false;
        }
        int byOne = 0;
        for (int i = 1; i < small.size(); i++) {
            byOne += small.get(i) == small.get(i - 1) + 1 ? 1 : 0;
        }
        return byOne * 5 >= (small.size() - 1) * 3;
    }

    /** A whole number of one to three digits. */
    static boolean isRowNumber(String v) {
        return !v.isEmpty() && v.length() <= 3 && v.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** {@code cell}'s words (joined by single spaces when several cells meet) without its row numbers. */
    static String withoutRowNumbers(String cell) {
        StringBuilder kept = new StringBuilder();
        for (String word : cell.split(" ")) {
            if (!word.isEmpty() && !isRowNumber(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }
}
