package org.fiscallens.ingest.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row numbers (行次) a line printed out of their column: on a page whose long labels push a row's later cells right,
 * a row with no amount has its 行次 placed in the amount column beside it ({@code 三、国防支出 34} where 33 stood in
 * 行次 on the line above). Such a number is the row's 行次, not an amount, when the row's 行次 cell is empty, the
 * number is the only one among the side's amounts, a whole number of at most three digits, and the next in the side's
 * run of row numbers (the last 行次 read above it, plus one). An amount in 元 is written with its decimals, so it never
 * reads so. Where the row's name was pushed into its empty 行次 too ({@code 七、文化旅游体育与传媒支出 38}), the name goes
 * back to the name column.
 */
final class RowNumberSequence {
    /** Per line number, in order, per column: the column its text goes back to (a name to 名称, a number to 行次). */
    private final Map<Integer, Map<Integer, Integer>> moves;

    private RowNumberSequence(Map<Integer, Map<Integer, Integer>> moves) {
        this.moves = moves;
    }

    static RowNumberSequence none() {
        return new RowNumberSequence(Map.of());
    }

    /**
     * Reads the run of each side's row numbers down {@code placed} (each data line's cells as placed, in order).
     *
     * @param sides per side, its name column, its 行次 column, then its amount columns
     */
    static RowNumberSequence learn(List<TableLine> lines, List<String[]> placed, List<int[]> sides) {
        Map<Integer, Map<Integer, Integer>> moves = new HashMap<>();
        Integer[] last = new Integer[sides.size()];
        for (int k = 0; k < lines.size(); k++) {
            String[] out = placed.get(k);
            for (int s = 0; s < sides.size(); s++) {
                int[] side = sides.get(s);
                int name = side[0];
                int rowNo = side[1];
                if (rowNo >= out.length || name >= out.length) {
                    continue;
                }
                Integer number = rowNumber(out[rowNo]);
                if (number != null) {
                    last[s] = number;
                    continue;
                }
                // the row's name pushed into 行次 beside its empty name column
                boolean nameInRowNo = !out[rowNo].isEmpty() && out[name].isEmpty() && Labels.hasWord(out[rowNo])
                        && !TableReading.looksNumeric(out[rowNo]);
                if (!out[rowNo].isEmpty() && !nameInRowNo) {
                    continue;
                }
                int only = -1;
                int filled = 0;
                for (int i = 2; i < side.length; i++) {
                    if (side[i] < out.length && !out[side[i]].isEmpty()) {
                        filled++;
                        only = side[i];
                    }
                }
                if (filled == 1 && last[s] != null && RowCounting.isRowNumber(out[only])
                        && Integer.parseInt(out[only]) == last[s] + 1) {
                    Map<Integer, Integer> m = moves.computeIfAbsent(lines.get(k).number(), n -> new java.util.LinkedHashMap<>());
                    if (nameInRowNo) {
                        m.put(rowNo, name);
                    }
                    m.put(only, rowNo);
                    last[s] = last[s] + 1;
                }
            }
        }
        return new RowNumberSequence(moves);
    }

    /** The row number a 行次 cell holds, or null. */
    private static Integer rowNumber(String cell) {
        return RowCounting.isRowNumber(cell) ? Integer.valueOf(cell) : null;
    }

    /** {@code out} (the cells of line {@code lineNumber} as placed) with its row numbers moved back to 行次. */
    void apply(int lineNumber, String[] out) {
        Map<Integer, Integer> m = moves.get(lineNumber);
        if (m == null) {
            return;
        }
        m.forEach((from, to) -> {
            out[to] = out[from];
            out[from] = "";
        });
    }
}
