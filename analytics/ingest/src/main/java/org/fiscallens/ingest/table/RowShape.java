package org.fiscallens.ingest.table;

import java.util.List;

/**
 * What the shape of a table line says about its row: whether it carries figures other than codes, and whether a
 * cell inside it was lost (its later cells then stand one column left of their headers).
 */
final class RowShape {
    private RowShape() {
    }

    /**
     * Whether a cell of the row holds a number (well formed or not) that is not a code: a code stands before the
     * row's first word ({@code 30202 | 印刷费}), or has a classification code's shape and names the word after it
     * ({@code | 50502 | 商品和服务支出}).
     */
    static boolean carriesFigures(LogicalRow row) {
        String[] cells = row.cells();
        boolean afterWord = false;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (!TableReading.isAmount(c) && !TableReading.looksNumeric(c)) {
                afterWord |= Labels.hasWord(c);
                continue;
            }
            boolean code = !afterWord || (ClassCodes.shaped(c) && nextFilledIsWord(cells, i));
            if (!code) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextFilledIsWord(String[] cells, int i) {
        for (int k = i + 1; k < cells.length; k++) {
            if (!cells[k].isBlank()) {
                return Labels.hasWord(cells[k]);
            }
        }
        return false;
    }

    /**
     * The number of cells, as written (tabs + 1, trailing empty cells included), that at least four in five of the
     * table's lines (header and data, all tab-separated, five or more) share, or all of them when there are three or
     * four; -1 for a ragged table.
     */
    static int regularWidth(List<TableLine> lines) {
        if (lines.size() < 3) {
            return -1;
        }
        if (lines.size() < 5) {
            int w = lines.get(0).tabbed() ? writtenCells(lines.get(0)) : -1;
            return lines.stream().allMatch(l -> l.tabbed() && writtenCells(l) == w) ? w : -1;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (TableLine l : lines) {
            if (!l.tabbed()) {
                return -1;
            }
            counts.merge(writtenCells(l), 1, Integer::sum);
        }
        for (var e : counts.entrySet()) {
            if (e.getValue() * 5 >= lines.size() * 4) {
                return e.getKey();
            }
        }
        return -1;
    }

    /**
     * A one-line row of a regular table with fewer cells than the others and an empty last cell: the line was
     * written out to its last column, so a cell inside it is missing and the cells after it stand one column left.
     */
    static boolean lostCell(LogicalRow row, int width) {
        TableLine line = row.amountLine();
        return width > 0 && row.lines().size() == 1 && line.tabbed() && writtenCells(line) < width
                && endsWithEmptyCell(line.raw());
    }

    private static boolean endsWithEmptyCell(String raw) {
        int i = raw.length() - 1;
        while (i >= 0 && (raw.charAt(i) == ' ' || raw.charAt(i) == '\u3000')) {
            i--;
        }
        return i >= 0 && raw.charAt(i) == '\t';
    }

    static int writtenCells(TableLine line) {
        String raw = line.raw();
        int tabs = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs + 1;
    }
}
