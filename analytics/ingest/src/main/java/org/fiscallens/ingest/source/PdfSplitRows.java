package org.fiscallens.ingest.source;

import technology.tabula.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a ruled table's grid that a stray line split off: a rule drawn across one cell only (a glyph's stroke, a
 * hairline) cuts that cell in two, so its text stands on a grid row of its own under the row it belongs to
 * (西乡 2024's 政府性基金收支表 as Chromium prints it: {@code 一、科学技术支出} on one row, its {@code 0.00} on the next).
 * Such a row goes back into the row above when each of its cells is the lower part of an empty cell of the row above
 * (the two meet where the row starts) and every other column is covered by a cell of the row above reaching down over
 * the whole of it: a row of its own has cells of its own there.
 */
final class PdfSplitRows {
    private PdfSplitRows() {
    }

    /**
     * Moves each split-off row of {@code grid} into the row above, leaving it blank. {@code cells} are the grid's cells,
     * {@code row[i]} and {@code col[i]} where cell i stands, {@code tops} the rows' tops (PDF points).
     */
    static void mergeInto(String[][] grid, boolean[][] full, List<Cell> cells, int[] row, int[] col, double[] tops,
                          double sameEdge) {
        int columns = grid.length == 0 ? 0 : grid[0].length;
        List<List<Integer>> byRow = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            byRow.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            byRow.get(row[i]).add(i);
        }
        for (int r = 1; r < grid.length; r++) {
            boolean[] starts = new boolean[columns];
            double bottom = 0;
            for (int i : byRow.get(r)) {
                starts[col[i]] = true;
                bottom = Math.max(bottom, cells.get(i).getBottom());
            }
            boolean[] upper = new boolean[columns]; // the cell of the row above that ends where this row starts
            boolean[] covered = new boolean[columns]; // a cell of the row above reaching over the whole of this row
            for (int i : byRow.get(r - 1)) {
                double end = cells.get(i).getBottom();
                upper[col[i]] |= Math.abs(end - tops[r]) <= sameEdge;
                covered[col[i]] |= end >= bottom - sameEdge;
            }
            boolean fits = true;
            boolean text = false;
            for (int c = 0; c < columns && fits; c++) {
                if (starts[c]) {
                    text |= !grid[r][c].isEmpty();
                    fits = upper[c] && grid[r - 1][c].isEmpty();
                } else {
                    fits = covered[c];
                }
            }
            if (!text || !fits) {
                continue;
            }
            for (int c = 0; c < columns; c++) {
                if (!grid[r][c].isEmpty()) {
                    grid[r - 1][c] = grid[r][c];
                    full[r - 1][c] = full[r][c];
                    grid[r][c] = "";
                }
            }
        }
    }
}
