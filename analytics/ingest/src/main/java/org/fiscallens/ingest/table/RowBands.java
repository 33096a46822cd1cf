package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a side-by-side table (收入 | 支出, or four sides of 项目 | 预算数) that a narrow page printed over several
 * lines, as text extracted with its layout writes them when the table's rows stand apart, a blank line after each:
 * every side's name wrapped over two or three lines and its amount beside one of them, so that one line holds the
 * head of a name here and an amount there ({@code 1、一般公共 … 1、人员经费和公} over {@code 1、财政拨款 2368819.00}
 * over {@code 服务支出 0.00} …). The lines between two blank lines are one row, each side's name its parts from top
 * to bottom, when no column gets two amounts, every side with an amount has a name, and no name has more than three
 * parts, a number among them, or a part after its first that opens with an ordinal ({@code （八）}, {@code 2、}: a
 * row of its own); a line that is a whole row by itself (a name and an amount on every side) stands alone.
 * Otherwise the lines are read as they are.
 */
final class RowBands {
    /** Lines a name wraps over at most; more parts in one name column are several rows. */
    private static final int MAX_NAME_LINES = 3;

    private RowBands() {
    }

    /**
     * For each of {@code data}'s lines, the row of several lines it is part of (the same object for each of them), or
     * null where the line is read by itself. {@code aligned} holds each line's cells by column.
     */
    static LogicalRow[] of(List<TableLine> data, String[][] aligned, ColumnModel model) {
        LogicalRow[] out = new LogicalRow[data.size()];
        if (!sideBySide(model) || data.stream().anyMatch(TableLine::tabbed) || !standApart(data)) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= data.size(); i++) {
            if (i == data.size() || data.get(i).filled().isEmpty()
                    || i > from && data.get(i).number() != data.get(i - 1).number() + 1) {
                band(data, aligned, model, from, i, out);
                from = i < data.size() && data.get(i).filled().isEmpty() ? i + 1 : i;
            }
        }
        return out;
    }

    /**
     * Lines {@code from} to {@code to} (exclusive), one band: whole rows alone, the runs between them merged, a run
     * ending where a line opens a name with an ordinal in a column the run has named already (the next row, printed
     * without a blank line before it).
     */
    private static void band(List<TableLine> data, String[][] aligned, ColumnModel model, int from, int to,
                             LogicalRow[] out) {
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean whole = i < to && whole(aligned[i], model);
            if (i == to || whole || i > start && opensRow(aligned, model, start, i)) {
                if (i - start >= 2) {
                    LogicalRow row = merged(data, aligned, model, start, i);
                    for (int k = start; row != null && k < i; k++) {
                        out[k] = row;
                    }
                }
                start = whole ? i + 1 : i;
            }
        }
    }

    private static boolean opensRow(String[][] aligned, ColumnModel model, int start, int line) {
        for (Column c : model.columns()) {
            int k = c.index();
            if (c.role() != Column.Role.NAME || k >= aligned[line].length || aligned[line][k].isEmpty()
                    || Labels.withoutOrdinal(aligned[line][k]).equals(aligned[line][k])) {
                continue;
            }
            for (int j = start; j < line; j++) {
                if (k < aligned[j].length && !aligned[j][k].isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LogicalRow merged(List<TableLine> data, String[][] aligned, ColumnModel model, int from, int to) {
        String[] cells = new String[model.width()];
        java.util.Arrays.fill(cells, "");
        int[] parts = new int[cells.length];
        TableLine amountLine = null;
        for (int i = from; i < to; i++) {
            String[] a = aligned[i];
            for (int c = 0; c < a.length && c < cells.length; c++) {
                if (a[c].isEmpty()) {
                    continue;
                }
                Column.Role role = model.column(c).role();
                boolean amount = role == Column.Role.MEASURE && TableReading.looksNumeric(a[c]);
                if (amount && !cells[c].isEmpty()) {
                    return null; // two amounts in one column: more than one row
                }
                if (role == Column.Role.NAME && (TableReading.looksNumeric(a[c].split(" ")[0]) || ++parts[c] > MAX_NAME_LINES
                        || parts[c] > 1 && !Labels.withoutOrdinal(a[c]).equals(a[c]))) {
                    return null; // a number among the names, or a name that opens a row of its own (（八）…)
                }
                if (amount && amountLine == null) {
                    amountLine = data.get(i);
                }
                cells[c] = cells[c] + a[c];
            }
        }
        if (amountLine == null) {
            return null;
        }
        for (int s : segments(model)) {
            if (hasAmount(cells, model, s) && name(cells, model, s).isEmpty()) {
                return null;
            }
        }
        return new LogicalRow(cells, data.subList(from, to), amountLine);
    }

    /** A line that names and prices a row on every side. */
    private static boolean whole(String[] cells, ColumnModel model) {
        for (int s : segments(model)) {
            if (!hasAmount(cells, model, s) || name(cells, model, s).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAmount(String[] cells, ColumnModel model, int segment) {
        return !cell(cells, model, segment, Column.Role.MEASURE, TableReading::looksNumeric).isEmpty();
    }

    private static String name(String[] cells, ColumnModel model, int segment) {
        return cell(cells, model, segment, Column.Role.NAME, Labels::hasWord);
    }

    /** The first cell of {@code segment}'s columns of {@code role} whose text {@code holds}, or "". */
    private static String cell(String[] cells, ColumnModel model, int segment, Column.Role role,
                               java.util.function.Predicate<String> holds) {
        for (Column c : model.columns()) {
            if (c.segment() == segment && c.role() == role && c.index() < cells.length && holds.test(cells[c.index()])) {
                return cells[c.index()];
            }
        }
        return "";
    }

    private static List<Integer> segments(ColumnModel model) {
        List<Integer> out = new ArrayList<>();
        for (Column c : model.columns()) {
            if (c.role() == Column.Role.NAME && !out.contains(c.segment())) {
                out.add(c.segment());
            }
        }
        return out;
    }

    private static boolean sideBySide(ColumnModel model) {
        return segments(model).size() >= 2;
    }

    /** Whether blank lines part the table's rows (two or more of them among its lines). */
    private static boolean standApart(List<TableLine> data) {
        int gaps = 0;
        for (int i = 1; i < data.size(); i++) {
            if (data.get(i).filled().isEmpty() || data.get(i).number() > data.get(i - 1).number() + 1) {
                gaps++;
            }
        }
        return gaps >= 2;
    }
}
