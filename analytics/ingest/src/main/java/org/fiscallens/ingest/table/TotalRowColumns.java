package org.fiscallens.ingest.table;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns each table's 合计 row fills, where that row was read by position and whole — its total, at least one
 * part, and as many amounts as its line prints numbers (a figure lost to an unread column would make an empty column of
 * a full one). 合计 is the sum of the rows, so no row can fill a column its 合计 leaves empty (or zero): such an
 * amount stands a column away from its own, as on a later page where pdftotext spaces the columns wider than under
 * the header.
 */
final class TotalRowColumns {
    private final Map<List<String>, Set<String>> filledByTable;

    private TotalRowColumns(Map<List<String>, Set<String>> filledByTable) {
        this.filledByTable = filledByTable;
    }

    /** From the positional rows of a document, each keyed by measure. */
    static TotalRowColumns of(Collection<Map<String, LineItem>> rows) {
        Map<List<String>, Set<String>> out = new HashMap<>();
        for (Map<String, LineItem> row : rows) {
            LineItem any = row.values().iterator().next();
            if (!"total".equals(any.code()) || !row.containsKey("total") || row.size() < 2
                    || numbersOn(any.rawLine()) != row.size()) {
                continue;
            }
            Set<String> filled = new HashSet<>();
            row.forEach((measure, i) -> {
                if (i.amount() != null && i.amount().signum() != 0) {
                    filled.add(measure);
                }
            });
            out.putIfAbsent(PositionalVerification.table(any), filled);
        }
        return new TotalRowColumns(out);
    }

    /** What fails where {@code row} has an amount in a column its table's 合计 row leaves empty; else null. */
    RowFailure outside(Map<String, LineItem> row) {
        LineItem any = row.values().iterator().next();
        Set<String> filled = filledByTable.get(PositionalVerification.table(any));
        if (filled == null || "total".equals(any.code())) {
            return null;
        }
        for (Map.Entry<String, LineItem> e : row.entrySet()) {
            LineItem i = e.getValue();
            if (!filled.contains(e.getKey()) && i.amount() != null && i.amount().signum() != 0) {
                return RowFailure.outsideTotal(e.getKey(), i.amount());
            }
        }
        return null;
    }

    /** How many numbers {@code line} prints between its spaces (合计 719.68 443.06 276.62: 3). */
    private static int numbersOn(String line) {
        int n = 0;
        for (String token : line.trim().split("\\s+")) {
            if (TableReading.looksNumeric(token)) {
                n++;
            }
        }
        return n;
    }
}
