package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one table, and how the cells of a data line are assigned to them: by index for tab-separated
 * lines, by overlap of display positions for space-aligned lines (whose empty cells leave no trace).
 */
final class ColumnModel {
    private final List<Column> columns;
    private final List<Cell> anchors;
    private final double[] numbered;

    ColumnModel(List<Column> columns, List<Cell> anchors) {
        this(columns, anchors, null);
    }

    /** @param numbered per column, the centre of its number on the header's 栏次 line; null when there is none */
    ColumnModel(List<Column> columns, List<Cell> anchors, double[] numbered) {
        this.columns = List.copyOf(columns);
        this.anchors = List.copyOf(anchors);
        this.numbered = numbered == null ? null : numbered.clone();
    }

    /**
     * Where the header's 栏次 line prints the number of each of {@code columns} (display columns), or null unless it
     * prints one for every one of them.
     */
    double[] numberedAt(int[] columns) {
        if (numbered == null) {
            return null;
        }
        double[] out = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] >= numbered.length || Double.isNaN(numbered[columns[k]])) {
                return null;
            }
            out[k] = numbered[columns[k]];
        }
        return out;
    }

    /**
     * Per column of {@code columns}, the centre of its number on the first space-aligned 栏次 line of
     * {@code columnNumbers} ({@code 栏次 1 2 3 4 5 6}), which numbers the amount columns left to right; null when there
     * is no such line or it numbers another count of columns than the amount columns. A Chinese label is wider than the
     * numbers under it (or, extracted one column per character, narrower), so the labels of a header whose words run
     * together one space apart place its columns ambiguously; its column numbers stand where the amounts do.
     */
    static double[] columnNumberCentres(List<Column> columns, List<TableLine> columnNumbers) {
        for (TableLine line : columnNumbers) {
            if (line.tabbed()) {
                continue;
            }
            List<Cell> numbers = line.filled().stream().filter(c -> RowCounting.isRowNumber(c.text())).toList();
            List<Column> amounts = columns.stream().filter(c -> c.role() == Column.Role.MEASURE).toList();
            if (numbers.size() != amounts.size() || numbers.isEmpty()) {
                return null;
            }
            double[] out = new double[columns.size()];
            java.util.Arrays.fill(out, Double.NaN);
            for (int k = 0; k < numbers.size(); k++) {
                out[amounts.get(k).index()] = numbers.get(k).center();
            }
            return out;
        }
        return null;
    }

    /**
     * How many columns the first space-aligned {@code 栏次} line among {@code columnNumbers} numbers (its row numbers:
     * {@code 栏次 1 2 3} numbers 3); -1 when there is none.
     */
    static int columnNumberCount(List<TableLine> columnNumbers) {
        for (TableLine line : columnNumbers) {
            if (!line.tabbed()) {
                return (int) line.filled().stream().filter(c -> RowCounting.isRowNumber(c.text())).count();
            }
        }
        return -1;
    }

    List<Column> columns() {
        return columns;
    }

    int width() {
        return columns.size();
    }

    Column column(int i) {
        return i < columns.size() ? columns.get(i) : new Column(i, Column.Role.UNKNOWN, null, null, null,
                columns.isEmpty() ? 0 : columns.get(columns.size() - 1).segment(), "");
    }

    /**
     * The texts of {@code line} per column; several cells falling in one column are joined with a space, except two
     * numbers side by side, which keep their order in neighbouring columns when one is free.
     */
    String[] align(TableLine line) {
        return align(line, anchors);
    }

    static String[] align(TableLine line, List<Cell> anchors) {
        if (line.tabbed() || anchors.isEmpty()) {
            int w = Math.max(line.cells().size(), anchors.size());
            String[] out = new String[w];
            for (int i = 0; i < w; i++) {
                out[i] = line.cell(i);
            }
            return out;
        }
        String[] out = new String[anchors.size()];
        java.util.Arrays.fill(out, "");
        int last = -1; // the column of the cell before, when it was a number alone in it
        for (Cell c : line.filled()) {
            int best = nearest(c, anchors);
            boolean number = TableReading.looksNumeric(c.text());
            if (best == last && number) {
                // two numbers never make one cell: a line shifted against its header (a long name pushing its
                // cells right) puts the number before into the free column on the left, or this one on the right
                if (best > 0 && out[best - 1].isEmpty()) {
                    out[best - 1] = out[best];
                    out[best] = "";
                } else if (best + 1 < out.length && out[best + 1].isEmpty()) {
                    best++;
                }
            }
            last = out[best].isEmpty() && number ? best : -1;
            out[best] = out[best].isEmpty() ? c.text() : out[best] + " " + c.text();
        }
        return out;
    }

    /** The column a cell of a space-aligned line falls in by position (as {@link #align} places it); 0 without anchors. */
    int columnOf(Cell c) {
        return anchors.isEmpty() ? 0 : nearest(c, anchors);
    }

    private static int nearest(Cell c, List<Cell> anchors) {
        int best = 0;
        int bestOverlap = Integer.MIN_VALUE; // a cell beyond every anchor takes the one it is nearest (least negative)
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < anchors.size(); i++) {
            Cell a = anchors.get(i);
            int overlap = Math.min(a.end(), c.end()) - Math.max(a.start(), c.start());
            int distance = Math.abs(a.center() - c.center());
            if (overlap > bestOverlap || (overlap == bestOverlap && distance < bestDistance)) {
                best = i;
                bestOverlap = overlap;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The header lines' anchors, for space-aligned headers: the cells of the line with the most cells, where another
     * header line splits one of them into named columns in its room (a merged {@code 项目} over
     * {@code 功能分类科目编码} and {@code 科目名称}) those columns instead, and named cells another header line writes
     * before the first or after the last column as columns of their own, as is a code or name label another line
     * prints between two columns, overlapping neither (a 支出功能分类科目（按大类） wrapped above and below a middle
     * line that holds only 项目 and the 预算数 beside each name column). Cells of one character
     * ({@code 项    目}, a label spaced out to fill its cell) never make a column.
     */
    static List<Cell> anchors(List<TableLine> header) {
        TableLine widest = null;
        for (TableLine h : header) {
            if (!h.tabbed() && (widest == null || h.filled().size() > widest.filled().size())) {
                widest = h;
            }
        }
        if (widest == null) {
            return List.of();
        }
        List<Cell> anchors = widest.filled();
        for (int k = 0; k < header.size(); k++) {
            TableLine h = header.get(k);
            if (h != widest && !h.tabbed()) {
                anchors = between(widenBy(splitBy(anchors, h.filled()), h.filled()), header, k);
            }
        }
        return anchors;
    }

    /**
     * {@code anchors} with each column number of the {@code 栏次} lines ({@code 栏次 1 栏次 2}) that stands wholly between
     * two of them added as a column: the column a header label was lost from (高平's OCR kept 项目 | 行次 of the
     * left side but not its 金额), which then takes its role from the same place on another side of the table. The
     * list itself when none does.
     */
    static List<Cell> numbered(List<Cell> anchors, List<TableLine> columnNumbers) {
        List<Cell> out = anchors;
        for (TableLine line : columnNumbers) {
            if (line.tabbed()) {
                continue;
            }
            for (Cell c : line.filled()) {
                if (RowCounting.isRowNumber(c.text())) {
                    out = withBetween(out, c);
                }
            }
        }
        return out;
    }

    /**
     * {@code anchors} with the named cells of {@code cells} that stand wholly before the first or after the last of
     * them added as columns of their own (a 代码 / 名称 / 总计 printed only on the upper line of a header).
     */
    private static List<Cell> widenBy(List<Cell> anchors, List<Cell> cells) {
        int first = anchors.get(0).start();
        int last = anchors.get(anchors.size() - 1).end();
        List<Cell> out = new ArrayList<>();
        cells.stream().filter(c -> c.end() < first && named(c)).forEach(out::add);
        out.addAll(anchors);
        cells.stream().filter(c -> c.start() > last && named(c)).forEach(out::add);
        return out;
    }

    /**
     * {@code anchors} with each cell of header line {@code k} that stands wholly between two of them and names a code
     * or name column, read with what the header lines below print under it ({@code 支出功能分类科目（按大} over
     * {@code 类）}), added as a column of its own. A label spanning columns (收入, 基本支出, and 项目 over 支出: 项目支出)
     * names no key column, so it never becomes one.
     */
    private static List<Cell> between(List<Cell> anchors, List<TableLine> header, int k) {
        List<Cell> out = anchors;
        for (Cell c : header.get(k).filled()) {
            if (named(c) && keyLabel(stacked(c, header, k))) {
                out = withBetween(out, c);
            }
        }
        return out;
    }

    /** {@code anchors} with {@code c} added where it stands wholly between two of them; the list itself elsewhere. */
    private static List<Cell> withBetween(List<Cell> anchors, Cell c) {
        for (int i = 0; i + 1 < anchors.size(); i++) {
            if (anchors.get(i).end() < c.start() && c.end() < anchors.get(i + 1).start()) {
                List<Cell> out = new ArrayList<>(anchors);
                out.add(i + 1, c);
                return out;
            }
        }
        return anchors;
    }

    /** {@code c}'s text followed by the texts the header lines after line {@code k} print where it stands. */
    private static String stacked(Cell c, List<TableLine> header, int k) {
        StringBuilder b = new StringBuilder(c.text());
        for (int r = k + 1; r < header.size(); r++) {
            if (header.get(r).tabbed()) {
                continue;
            }
            for (Cell below : header.get(r).filled()) {
                if (Math.min(c.end(), below.end()) > Math.max(c.start(), below.start())) {
                    b.append(below.text());
                }
            }
        }
        return b.toString();
    }

    private static boolean keyLabel(String text) {
        return ColumnRoles.standard().roleOf(Labels.compact(text))
                .filter(r -> r == Column.Role.CODE || r == Column.Role.NAME).isPresent();
    }

    private static boolean named(Cell c) {
        return Labels.compact(c.text()).length() >= 2 && Labels.hasWord(c.text());
    }

    /**
     * {@code anchors} with each one whose room (from its start, where a merged label is written, to the start of the
     * next) holds two or more named cells of {@code cells} replaced by them.
     */
    private static List<Cell> splitBy(List<Cell> anchors, List<Cell> cells) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            int from = anchors.get(i).start() - 2; // a merged label is written at the start of its span
            int to = i + 1 < anchors.size() ? anchors.get(i + 1).start() : Integer.MAX_VALUE;
            List<Cell> parts = cells.stream().filter(c -> c.start() >= from && c.end() <= to).toList();
            boolean named = parts.size() >= 2 && parts.stream().allMatch(ColumnModel::named);
            if (named) {
                out.addAll(parts);
            } else {
                out.add(anchors.get(i));
            }
        }
        return out;
    }
}
