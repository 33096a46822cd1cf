package org.fiscallens.ingest.source;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sheet's cells as its tables' rows: each row its cells as the sheet shows them, without the columns that only
 * widen cells. A sheet laid out on a fine grid (a web page or a Word file opened in Calc or Excel, a form drawn with
 * merged cells) gives each table cell several sheet columns, one value and the rest covered by its merge; within a
 * block of rows (rows with a filled cell, between empty ones) a column that a merged cell covers, where no cell holds a
 * value and no merged cell begins, is such a column and is left out, so each value keeps the place of its header. A
 * sheet without merged cells loses nothing, not even a column empty from top to bottom.
 */
final class SheetGrid {
    private SheetGrid() {
    }

    /** Row by row (an absent or empty row: no cells), each up to its last filled kept cell. */
    static List<List<String>> rows(Sheet sheet, DataFormatter shown) {
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            cells.add(cells(sheet.getRow(r), shown));
        }
        Set<Long> origins = new HashSet<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            origins.add(key(merged.getFirstRow(), merged.getFirstColumn()));
            for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    if (r != merged.getFirstRow() || c != merged.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int from = 0; from < cells.size(); ) {
            if (filled(cells.get(from)) == 0) {
                rows.add(List.of());
                from++;
                continue;
            }
            int to = from;
            while (to < cells.size() && filled(cells.get(to)) > 0) {
                to++;
            }
            boolean[] kept = kept(cells, from, to, origins, covered);
            for (int r = from; r < to; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cells.get(r).size(); c++) {
                    if (kept[c]) {
                        row.add(cells.get(r).get(c));
                    }
                }
                while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                    row.remove(row.size() - 1);
                }
                rows.add(row);
            }
            from = to;
        }
        return rows;
    }

    /**
     * The columns of rows {@code from}–{@code to} (exclusive) to keep: all but those that a merged cell covers somewhere
     * and where no value stands and no merged cell begins.
     */
    private static boolean[] kept(List<List<String>> cells, int from, int to, Set<Long> origins, Set<Long> covered) {
        int width = 0;
        for (int r = from; r < to; r++) {
            width = Math.max(width, cells.get(r).size());
        }
        boolean[] used = new boolean[width];
        boolean[] widening = new boolean[width];
        for (int r = from; r < to; r++) {
            List<String> row = cells.get(r);
            for (int c = 0; c < width; c++) {
                used[c] |= c < row.size() && !row.get(c).isEmpty() || origins.contains(key(r, c));
                widening[c] |= covered.contains(key(r, c));
            }
        }
        boolean[] kept = new boolean[width];
        for (int c = 0; c < width; c++) {
            kept[c] = used[c] || !widening[c];
        }
        return kept;
    }

    private static List<String> cells(Row row, DataFormatter shown) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : cellText(shown.formatCellValue(cell)));
        }
        return cells;
    }

    /** How many of {@code cells} hold text. */
    static int filled(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            n += c.isEmpty() ? 0 : 1;
        }
        return n;
    }

    /**
     * A table cell's text on one line (a sheet's, or a Word table's): its line breaks dropped, so a name wrapped in
     * its cell reads whole, a tab a space, surrounding spaces stripped.
     */
    static String cellText(String text) {
        return text.replace("\r", "").replace("\n", "").replace('\t', ' ').strip();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
