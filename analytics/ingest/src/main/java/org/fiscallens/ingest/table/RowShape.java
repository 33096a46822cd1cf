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
        java.util.Map<Integer, Integer> counts = widthCounts(lines);
        if (counts == null || lines.size() < 3) {
            return -1;
        }
        int width = mostCommon(counts);
        int sharing = counts.get(width);
        boolean regular = lines.size() < 5 ? sharing == lines.size() : sharing * 5 >= lines.size() * 4;
        return regular ? width : -1;
    }

    /** The number of written cells most of the lines have (the larger on a tie), or -1 when one is not tab-separated. */
    static int commonWidth(List<TableLine> lines) {
        java.util.Map<Integer, Integer> counts = widthCounts(lines);
        return counts == null || counts.isEmpty() ? -1 : mostCommon(counts);
    }

    /** How many lines have each number of written cells, or null when a line is not tab-separated. */
    private static java.util.Map<Integer, Integer> widthCounts(List<TableLine> lines) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (TableLine l : lines) {
            if (!l.tabbed()) {
                return null;
            }
            counts.merge(writtenCells(l), 1, Integer::sum);
        }
        return counts;
    }

    private static int mostCommon(java.util.Map<Integer, Integer> counts) {
        return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
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
