package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a space-aligned table's numbers stand, learnt from its own body, side by side segment by segment (收入 |
 * 支出): the rows that fill every number column of a segment (行次 and amounts) give each column's position as the
 * rows print it, and every row's numbers in that segment then take, in their order, the columns nearest those
 * positions. Text extracted with its layout places a number where it stands on the page but a header label where
 * its words start, and Chinese labels and ASCII numbers are not equally wide, so the header's positions alone put
 * {@code 631.36 354.74 276.62} one column too far right. In a segment that opens with its total, a row with two or
 * more of its amounts but not all takes them by the spacing learnt (or, with a single full row, often its 合计 row
 * only, by that row's), laid on the row's first amount: the row's total. A segment with no full row keeps the
 * header's positions, its amounts moved left when they stand right of an empty 合计. Row numbers in a column that counts the
 * rows are no amounts ({@link RowCounting}).
 */
final class NumberColumns {
    private static final int MIN_FULL_ROWS = 2;
    /** Columns right of a segment's last learnt column beyond which a number stands in the next segment. */
    private static final int FAR = 8;
    private final ColumnModel model;
    private final List<Segment> segments;
    /** Per column of the model: its numbers count the rows. */
    private final boolean[] counting;
    private RowNumberSequence rowNumbers = RowNumberSequence.none();

    /**
     * One segment's number columns (model indices, in order) and their learnt centres, null when not learnt; and
     * when a single row filled them all, where that row printed them ({@code spacing}), else null.
     */
    private record Segment(int id, int[] columns, double[] centers, double[] spacing, boolean numbered) {
        Segment(int id, int[] columns, double[] centers, double[] spacing) {
            this(id, columns, centers, spacing, false);
        }
    }

    private NumberColumns(ColumnModel model, List<Segment> segments) {
        this.model = model;
        this.segments = segments;
        this.counting = new boolean[model.width()];
    }

    /**
     * What {@code data} shows of {@code model}'s number columns; null when the model has fewer than two, or when
     * every line is tabbed (its cells are placed by index).
     */
    static NumberColumns learn(ColumnModel model, List<TableLine> data) {
        List<Column> numberColumns = model.columns().stream()
                .filter(c -> c.role() == Column.Role.MEASURE || c.role() == Column.Role.ROWNO).toList();
        if (numberColumns.size() < 2 || data.stream().allMatch(TableLine::tabbed)) {
            return null;
        }
        List<Integer> ids = numberColumns.stream().map(Column::segment).distinct().toList();
        List<Segment> bare = ids.stream().map(id -> new Segment(id, numberColumns.stream()
                .filter(c -> c.segment() == id).mapToInt(Column::index).toArray(), null, null)).toList();
        NumberColumns unlearnt = new NumberColumns(model, bare);
        List<List<double[]>> full = new ArrayList<>();
        bare.forEach(s -> full.add(new ArrayList<>()));
        for (TableLine line : data) {
            if (line.tabbed() || bare.size() > 1 && names(line) < bare.size()) {
                continue; // side by side, only a line naming a row on every side shows which numbers are whose
            }
            List<List<Cell>> numbers = unlearnt.numbersBySegment(line);
            for (int s = 0; s < bare.size(); s++) {
                if (numbers.get(s).size() == bare.get(s).columns().length) {
                    full.get(s).add(numbers.get(s).stream().mapToDouble(Cell::center).toArray());
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < bare.size(); s++) {
            Segment b = bare.get(s);
            int rows = full.get(s).size();
            double[] numbered = model.numberedAt(b.columns());
            segments.add(rows >= MIN_FULL_ROWS ? new Segment(b.id(), b.columns(), medians(full.get(s)), null)
                    : rows == 1 ? new Segment(b.id(), b.columns(), null, full.get(s).get(0))
                    : numbered != null ? new Segment(b.id(), b.columns(), numbered, null, true) : b);
        }
        NumberColumns learnt = new NumberColumns(model, segments);
        learnt.findCounting(data);
        learnt.findRowNumbers(data);
        return learnt;
    }

    private static long names(TableLine line) {
        return line.filled().stream().filter(c -> !TableReading.looksNumeric(c.text()) && Labels.hasWord(c.text())).count();
    }

    private static double[] medians(List<double[]> rows) {
        double[] centers = new double[rows.get(0).length];
        for (int k = 0; k < centers.length; k++) {
            final int col = k;
            double[] at = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
            centers[k] = at[at.length / 2];
        }
        return centers;
    }

    /** Marks the amount columns whose numbers count the rows ({@link RowCounting#counts}). */
    private void findCounting(List<TableLine> data) {
        List<List<String>> values = new ArrayList<>();
        for (int c = 0; c < model.width(); c++) {
            values.add(new ArrayList<>());
        }
        for (TableLine line : data) {
            String[] placed = place(line, model.align(line));
            for (int c = 0; c < placed.length && c < model.width(); c++) {
                for (String word : placed[c].split(" ")) {
                    if (TableReading.looksNumeric(word)) {
                        values.get(c).add(word);
                    }
                }
            }
        }
        for (int c = 0; c < model.width(); c++) {
            counting[c] = model.column(c).role() == Column.Role.MEASURE && RowCounting.counts(values.get(c));
        }
    }

    /** The row numbers lines printed in an amount column beside their empty 行次 ({@link RowNumberSequence}). */
    private void findRowNumbers(List<TableLine> data) {
        List<int[]> sides = new ArrayList<>();
        for (Segment segment : segments) {
            int name = nameColumn(segment.id());
            int rowNo = -1;
            List<Integer> side = new ArrayList<>();
            for (int c : segment.columns()) {
                if (model.column(c).role() == Column.Role.ROWNO && rowNo < 0) {
                    rowNo = c;
                } else if (model.column(c).role() == Column.Role.MEASURE && !counting[c]) {
                    side.add(c);
                }
            }
            if (name >= 0 && rowNo >= 0 && !side.isEmpty()) {
                side.add(0, rowNo);
                side.add(0, name);
                sides.add(side.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (sides.isEmpty()) {
            return;
        }
        List<TableLine> lines = data.stream().filter(l -> !l.tabbed()).toList();
        List<String[]> placed = lines.stream().map(l -> place(l, KeyColumns.inOrder(l, model, model.align(l)))).toList();
        rowNumbers = RowNumberSequence.learn(lines, placed, sides);
    }

    /** {@code aligned} (the header's placing of {@code line}) with the line's numbers placed as learnt. */
    String[] place(TableLine line, String[] aligned) {
        if (line.tabbed()) {
            return aligned;
        }
        String[] out = aligned.clone();
        codesIntoCodeColumns(line, out);
        List<List<Cell>> numbers = numbersBySegment(line);
        boolean[] byHeader = new boolean[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            List<Cell> own = numbers.get(s);
            if (segment.numbered() && labelAmongNumbers(out, segment)) {
                byHeader[s] = true; // the header put this row's name among the amounts: its positions do not fit it
                continue;
            }
            double[] relative = fromTotal(segment, own);
            double[] centers = relative != null ? relative : segment.centers();
            if (centers == null || own.isEmpty() || own.size() > segment.columns().length) {
                continue;
            }
            for (Cell number : own) { // out of the column the header placed it in, or the free neighbour it moved
                // it to (two numbers never make one cell)
                if (!takeOut(out, number.text(), model.columnOf(number))) {
                    for (int col : segment.columns()) {
                        if (takeOut(out, number.text(), col)) {
                            break;
                        }
                    }
                }
            }
            int[] to = OrderedPlacement.place(own, centers);
            for (int i = 0; i < own.size(); i++) {
                int column = segment.columns()[to[i]];
                if (column < out.length) {
                    out[column] = out[column].isEmpty() ? own.get(i).text() : out[column] + " " + own.get(i).text();
                }
            }
        }
        for (int c = 0; c < out.length && c < counting.length; c++) {
            if (counting[c]) {
                out[c] = RowCounting.withoutRowNumbers(out[c]);
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            if (segments.get(s).centers() == null || byHeader[s]) {
                totalFirst(out, segments.get(s));
            }
        }
        rowNumbers.apply(line.number(), out);
        return out;
    }

    /**
     * Where a row's amounts stand relative to its total: the segment's learnt centres (or, when a single row filled
     * every column, that row's), shifted so that the total falls on this row's first amount. A row that states any
     * amount states its total, first, and a line keeps the page's spacing between its amounts though its names shift
     * them all (高平's {@code 住房保障支出 27. 96 27. 96} stands five columns right of the rows above it). Null unless
     * the segment's columns are amounts opening with a total and the row has two or more of them, fewer than the
     * columns.
     */
    private double[] fromTotal(Segment segment, List<Cell> own) {
        double[] spacing = segment.centers() != null ? segment.centers() : segment.spacing();
        int[] columns = segment.columns();
        if (spacing == null || own.size() < 2 || own.size() >= columns.length || !isTotal(columns[0])) {
            return null;
        }
        for (int c : columns) {
            if (model.column(c).role() != Column.Role.MEASURE || counting[c]) {
                return null;
            }
        }
        double shift = own.get(0).center() - spacing[0];
        double[] centers = new double[spacing.length];
        for (int k = 0; k < spacing.length; k++) {
            centers[k] = spacing[k] + shift;
        }
        return centers;
    }

    /**
     * The line's numbers per segment (in {@link #segments} order): a number belongs to the segment of the name or
     * code before it on the line (the one the header places it in when none stands before it), or to the next one
     * when it stands well right of the learnt columns of that segment (a row number of the right-hand side printed
     * beside the second line of a wrapped left-hand name). Classification codes (numbers in a code column, a
     * code-shaped number before a name: {@code 50101 工资奖金津补贴}, and one the header places under a name) are not
     * numbers here.
     */
    private List<List<Cell>> numbersBySegment(TableLine line) {
        List<List<Cell>> out = new ArrayList<>();
        segments.forEach(s -> out.add(new ArrayList<>()));
        int current = -1; // index into segments
        List<Cell> filled = line.filled();
        for (int k = 0; k < filled.size(); k++) {
            Cell c = filled.get(k);
            Column column = model.column(model.columnOf(c));
            int own = indexOf(column.segment());
            if (!TableReading.looksNumeric(c.text()) || column.role() == Column.Role.CODE || codeParts(c.text())
                    || codeBeforeName(filled, k) || codeInName(column, c) || partAfterCode(filled, k)) {
                current = own;
                continue;
            }
            int s = current < 0 ? own : current;
            if (s >= 0 && s + 1 < segments.size() && beyond(segments.get(s), c)) {
                s++;
            }
            if (s >= 0) {
                out.get(s).add(c);
            }
        }
        return out;
    }

    /**
     * A code the header placed in an amount column ({@code 50101} before 工资奖金津补贴, pushed right by the name before
     * it) moves to the first empty code column before the name that follows it, or out of the amounts at least; one
     * it placed under a name (the row's name wrapped onto the lines around it, {@code 30103 … 50101} alone on its
     * line) moves to the first empty code column before that name column, or out of the name.
     */
    private void codesIntoCodeColumns(TableLine line, String[] out) {
        List<Cell> filled = line.filled();
        for (int k = 0; k < filled.size(); k++) {
            Cell c = filled.get(k);
            int column = model.columnOf(c);
            if (column >= out.length) {
                continue;
            }
            int nameColumn;
            if (model.column(column).role() == Column.Role.MEASURE && codeBeforeName(filled, k)) {
                nameColumn = model.columnOf(filled.get(k + 1));
            } else if (codeInName(model.column(column), c)) {
                nameColumn = column;
            } else {
                continue;
            }
            out[column] = without(out[column], c.text());
            for (int code = 0; code < nameColumn && code < out.length; code++) {
                if (model.column(code).role() == Column.Role.CODE && out[code].isEmpty()) {
                    out[code] = c.text();
                    break;
                }
            }
        }
    }

    /** A classification-shaped number ({@link ClassCodes#shaped}) followed by a name: a code, not an amount. */
    private static boolean codeBeforeName(List<Cell> filled, int k) {
        return ClassCodes.shaped(filled.get(k).text()) && k + 1 < filled.size()
                && !TableReading.looksNumeric(filled.get(k + 1).text()) && Labels.hasWord(filled.get(k + 1).text());
    }

    /**
     * Two digits right after a 类 or 款 code ({@code 301    12}, the row's name wrapped onto the lines around it): the
     * code's next part, which a header without its own 款 column placed among the amounts, not 12 of an amount.
     */
    private static boolean partAfterCode(List<Cell> filled, int k) {
        String text = filled.get(k).text();
        if (k == 0 || text.length() != 2 || !Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(1))) {
            return false;
        }
        String before = filled.get(k - 1).text();
        return (before.length() == 3 || before.length() == 5) && ClassCodes.shaped(before);
    }

    /** A classification-shaped number ({@link ClassCodes#shaped}) that the header places in a name column: a code. */
    private static boolean codeInName(Column column, Cell c) {
        return column.role() == Column.Role.NAME && ClassCodes.shaped(c.text());
    }

    /** {@code 05 02}, {@code 05}: the 款 and 项 of a classification code, not numbers of the row. */
    private static boolean codeParts(String text) {
        for (String part : text.split(" ")) {
            if (!NumberTokens.codePart(part, 0, part.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int segmentId) {
        for (int s = 0; s < segments.size(); s++) {
            if (segments.get(s).id() == segmentId) {
                return s;
            }
        }
        return -1;
    }

    /** Whether {@code c} stands well right of the last learnt column of {@code segment} (false when not learnt). */
    private static boolean beyond(Segment segment, Cell c) {
        double[] centers = segment.centers();
        return centers != null && c.center() - centers[centers.length - 1] > FAR;
    }

    /** Whether one of {@code segment}'s number columns holds words (a name) in {@code out}. */
    private static boolean labelAmongNumbers(String[] out, Segment segment) {
        for (int c : segment.columns()) {
            if (c < out.length && isLabel(out[c])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell's text is a label (words, not a number). */
    private static boolean isLabel(String cell) {
        return !cell.isEmpty() && !TableReading.looksNumeric(cell) && Labels.hasWord(cell);
    }

    /**
     * The segment's name back in its empty name column and its row number back in its empty 行次 when the header
     * placed them among its number columns (or the row number after the name),
     * and its amounts moved left, in their order, when they stand right of its empty 合计 column: a row that states
     * any amount states its total, so amounts right of an empty total were placed one column too far by the header's
     * positions (labels centred over their cells, numbers written from their left).
     */
    private void totalFirst(String[] out, Segment segment) {
        List<Integer> amounts = new ArrayList<>();
        int rowNumber = -1;
        for (int c : segment.columns()) {
            if (model.column(c).role() == Column.Role.MEASURE && !counting[c] && c < out.length) {
                amounts.add(c);
            } else if (model.column(c).role() == Column.Role.ROWNO && rowNumber < 0 && c < out.length) {
                rowNumber = c;
            }
        }
        // a name the header placed in a number column goes back to the segment's empty name column
        int name = nameColumn(segment.id());
        if (name >= 0 && name < out.length && out[name].isEmpty()) {
            for (int c : segment.columns()) {
                if (c < out.length && isLabel(out[c])) {
                    out[name] = out[c];
                    out[c] = "";
                    break;
                }
            }
        }
        // a row number the header placed after the name (八、社会保障和就业支 40: a long name pushed it left of its
        // column) goes back to the segment's empty 行次
        if (rowNumber >= 0 && out[rowNumber].isEmpty() && name >= 0 && name < out.length) {
            String n = out[name];
            int space = n.lastIndexOf(' ');
            if (space > 0 && RowCounting.isRowNumber(n.substring(space + 1)) && Labels.hasWord(n.substring(0, space))) {
                out[rowNumber] = n.substring(space + 1);
                out[name] = n.substring(0, space);
            }
        }
        // the segment's 行次 comes before its amounts: a row number the header placed among them goes back to it
        if (rowNumber >= 0 && out[rowNumber].isEmpty()) {
            for (int c : amounts) {
                if (RowCounting.isRowNumber(out[c]) && c > rowNumber) {
                    out[rowNumber] = out[c];
                    out[c] = "";
                    break;
                }
                if (!out[c].isEmpty()) {
                    break;
                }
            }
        }
        if (amounts.isEmpty() || !isTotal(amounts.get(0)) || !out[amounts.get(0)].isEmpty()) {
            return;
        }
        List<String> values = new ArrayList<>();
        for (int c : amounts) {
            if (TableReading.looksNumeric(out[c])) {
                values.add(out[c]);
            } else if (!out[c].isEmpty()) {
                return; // text among the amounts: the row stays as placed
            }
        }
        amounts.forEach(c -> out[c] = "");
        for (int i = 0; i < values.size(); i++) {
            out[amounts.get(i)] = values.get(i);
        }
    }

    private int nameColumn(int segmentId) {
        for (Column c : model.columns()) {
            if (c.segment() == segmentId && c.role() == Column.Role.NAME) {
                return c.index();
            }
        }
        return -1;
    }

    private boolean isTotal(int column) {
        String measure = model.column(column).measure();
        return measure != null && (measure.equals("total") || measure.startsWith("total."));
    }

    /** Takes {@code number} out of {@code out[column]}; whether it stood there. */
    private static boolean takeOut(String[] out, String number, int column) {
        if (column >= out.length) {
            return false;
        }
        String rest = without(out[column], number);
        boolean stood = !rest.equals(out[column]);
        out[column] = rest;
        return stood;
    }

    /** {@code cell} without the word {@code number} (words are joined by single spaces when several cells meet). */
    static String without(String cell, String number) {
        if (cell.equals(number)) {
            return "";
        }
        return (" " + cell + " ").replaceFirst(" " + java.util.regex.Pattern.quote(number) + " ", " ").strip();
    }
}
