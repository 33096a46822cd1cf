package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A space-aligned row's codes and names put in the header's key columns in their order: when the row opens with one
 * cell for each key column before the first amount column, each fitting its column (a classification code under a
 * code column, a name under a name column) and followed by no further name ({@code 30302 退休费 50905 离退休费} under
 * 科目编码 | 科目名称 | 科目编码 | 科目名称). Text extracted with its layout prints Chinese names wider or narrower than
 * the header reckons, so by position a name can fall into the code column after it and the next name among the
 * amounts; the order of the cells does not drift.
 */
final class KeyColumns {
    private KeyColumns() {
    }

    /** {@code placed} (the row's cells by column) with its codes and names in order; {@code placed} itself otherwise. */
    static String[] inOrder(TableLine line, ColumnModel model, String[] placed) {
        if (line.tabbed()) {
            return placed;
        }
        List<Integer> keys = new ArrayList<>();
        for (int c = 0; c < model.width(); c++) {
            Column.Role role = model.column(c).role();
            if (role == Column.Role.MEASURE || role == Column.Role.ROWNO) {
                break;
            }
            if (role == Column.Role.CODE || role == Column.Role.NAME) {
                keys.add(c);
            }
        }
        List<Cell> filled = line.filled();
        int k = keys.size();
        if (k < 2 || filled.size() < k || (filled.size() > k && !TableReading.looksNumeric(filled.get(k).text()))) {
            return placed;
        }
        for (int i = 0; i < k; i++) {
            if (!fits(model.column(keys.get(i)).role(), filled.get(i).text())) {
                return placed;
            }
        }
        String[] out = placed.clone();
        for (int i = 0; i < k; i++) {
            String text = filled.get(i).text();
            for (int c = 0; c < out.length; c++) {
                String rest = NumberColumns.without(out[c], text);
                if (!rest.equals(out[c])) {
                    out[c] = rest;
                    break;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            int c = keys.get(i);
            if (c >= out.length || !out[c].isEmpty()) {
                return placed;
            }
            out[c] = filled.get(i).text();
        }
        return out;
    }

    private static boolean fits(Column.Role role, String text) {
        if (role == Column.Role.CODE) {
            return ClassCodes.normalise(text).isPresent();
        }
        return !TableReading.looksNumeric(text) && Labels.hasWord(text);
    }
}
