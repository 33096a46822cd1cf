package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rows an extractor split inside a cell: the cells before it and the head of its text on one line, the rest of
 * its text and the cells after it on the next, as a Word table cell holding a line break comes out
 * ({@code 八、其他收入 | 8 | | 八、社会保} over {@code 障和就业支出 | 39 | 53.73}). In a tab-separated table, two
 * adjacent lines, each with fewer cells than most of the table's lines and together one more, the first ending in
 * words and the second starting with words and holding a number, are one row, if the table is regular
 * ({@link RowShape#regularWidth}) once they are joined: the two texts written one after the other give the row as
 * it was. The joined line is numbered as the line of its
 * first amount; the other line is its partner, read with it.
 */
final class SplitRows {
    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]*\\d(\\.\\d+)?");
    private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]*\\d\\.\\d+");

    /**
     * The data lines with split rows joined, for each joined line the number of the line it was joined with, and the
     * table's {@link RowShape#regularWidth} over its header and these lines (-1: ragged).
     */
    record Joined(List<TableLine> lines, Map<Integer, Integer> partners, int width) {
        /** The document lines {@code line} stands for: its own and, for a joined line, its partner's. */
        List<Integer> numbers(TableLine line) {
            Integer partner = partners.get(line.number());
            return partner == null ? List.of(line.number()) : List.of(Math.min(partner, line.number()),
                    Math.max(partner, line.number()));
        }
    }

    private SplitRows() {
    }

    /**
     * {@code data} with its split rows joined when, joined, the table is regular ({@link RowShape#regularWidth} of
     * {@code header} and the joined lines is the width most of its lines share); else as it is.
     */
    static Joined join(List<TableLine> header, List<TableLine> data) {
        List<TableLine> all = new ArrayList<>(header);
        all.addAll(data);
        int width = RowShape.commonWidth(all);
        if (width > 0) {
            Map<Integer, Integer> partners = new HashMap<>();
            List<TableLine> lines = join(data, width, partners);
            if (!partners.isEmpty()) {
                List<TableLine> written = new ArrayList<>(header);
                written.addAll(lines);
                if (RowShape.regularWidth(written) == width) {
                    return new Joined(lines, Map.copyOf(partners), width);
                }
            }
        }
        return new Joined(data, Map.of(), RowShape.regularWidth(all));
    }

    /** {@code data} with the split rows of a table {@code width} cells wide joined; their partners go in {@code partners}. */
    private static List<TableLine> join(List<TableLine> data, int width, Map<Integer, Integer> partners) {
        List<TableLine> out = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            TableLine a = data.get(i);
            TableLine b = i + 1 < data.size() ? data.get(i + 1) : null;
            if (b != null && split(a, b, width)) {
                int number = hasAmountBeforeLast(a) ? a.number() : b.number();
                out.add(CellSplitter.split(number, a.raw() + b.raw()));
                partners.put(number, number == a.number() ? b.number() : a.number());
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean split(TableLine a, TableLine b, int width) {
        if (!a.tabbed() || !b.tabbed() || b.number() != a.number() + 1) {
            return false;
        }
        int ca = RowShape.writtenCells(a);
        int cb = RowShape.writtenCells(b);
        if (ca >= width || cb >= width || ca + cb - 1 != width) {
            return false;
        }
        List<Cell> cellsA = a.cells();
        List<Cell> cellsB = b.cells();
        // CellSplitter drops trailing empty cells: the head must be the last cell as written
        if (cellsA.size() != ca || !Labels.hasWord(cellsA.get(ca - 1).text())
                || !Labels.hasWord(cellsB.get(0).text())) {
            return false;
        }
        for (int k = 1; k < cellsB.size(); k++) {
            if (NUMBER.matcher(cellsB.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAmountBeforeLast(TableLine a) {
        List<Cell> cells = a.cells();
        for (int k = 0; k < cells.size() - 1; k++) {
            if (AMOUNT.matcher(cells.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }
}
