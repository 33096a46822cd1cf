package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a space-aligned table's numbers stand, learnt from its own body: the rows that fill every number column
 * (行次 and amounts) give each column's position as its rows print it, and every row's numbers then take, in their
 * order, the columns nearest those positions. Text extracted with its layout places a number where it stands on the
 * page, but a header label where its own words start, and Chinese labels and ASCII numbers are not equally wide, so
 * the header's positions alone put {@code 631.36 354.74 276.62} one column too far right. Tables with fewer than
 * two such rows keep the header's positions. A column counting the rows (1, 2, 3 …) is a 行次 whatever its header
 * says, and its numbers are no amounts.
 */
final class NumberColumns {
    private static final int MIN_FULL_ROWS = 2;
    private final ColumnModel model;
    private final int[] columns;
    private final double[] centers;
    /** Per learnt column: it counts the rows (1, 2, 3 … down the table), a 行次 whose header label was lost. */
    private final boolean[] counting;

    private NumberColumns(ColumnModel model, int[] columns, double[] centers) {
        this.model = model;
        this.columns = columns;
        this.centers = centers;
        this.counting = new boolean[columns.length];
    }

    /** The learnt positions of {@code model}'s number columns over {@code data}, or null when too few rows fill them. */
    static NumberColumns learn(ColumnModel model, List<TableLine> data) {
        int[] columns = model.columns().stream()
                .filter(c -> c.role() == Column.Role.MEASURE || c.role() == Column.Role.ROWNO)
                .mapToInt(Column::index).toArray();
        if (columns.length < 2) {
            return null;
        }
        List<double[]> full = new ArrayList<>();
        for (TableLine line : data) {
            if (line.tabbed()) {
                continue;
            }
            List<Cell> numbers = numbers(line, model, columns);
            if (numbers.size() == columns.length) {
                full.add(numbers.stream().mapToDouble(Cell::center).toArray());
            }
        }
        if (full.size() < MIN_FULL_ROWS) {
            return null;
        }
        double[] centers = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            final int col = k;
            double[] at = full.stream().mapToDouble(c -> c[col]).sorted().toArray();
            centers[k] = at[at.length / 2];
        }
        NumberColumns learnt = new NumberColumns(model, columns, centers);
        learnt.findCounting(data);
        return learnt;
    }

    /**
     * Marks the learnt amount columns whose values, three or more, are whole numbers each one more than the one
     * before: row numbers (行次), not amounts, though the header (a 行 over 次 wrapped apart) did not say so.
     */
    private void findCounting(List<TableLine> data) {
        List<List<String>> values = new ArrayList<>();
        for (int k = 0; k < columns.length; k++) {
            values.add(new ArrayList<>());
        }
        for (TableLine line : data) {
            String[] placed = place(line, model.align(line));
            for (int k = 0; k < columns.length; k++) {
                if (columns[k] < placed.length && !placed[columns[k]].isEmpty()) {
                    values.get(k).add(placed[columns[k]]);
                }
            }
        }
        for (int k = 0; k < columns.length; k++) {
            counting[k] = model.column(columns[k]).role() == Column.Role.MEASURE && counts(values.get(k));
        }
    }

    private static boolean counts(List<String> values) {
        if (values.size() < 3) {
            return false;
        }
        long previous = Long.MIN_VALUE;
        for (String v : values) {
            if (v.isEmpty() || v.length() > 4 || !v.chars().allMatch(Character::isDigit)) {
                return false;
            }
            long n = Long.parseLong(v);
            if (previous != Long.MIN_VALUE && n != previous + 1) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /** {@code aligned} (the header's placing of {@code line}) with the line's numbers placed by the learnt positions. */
    String[] place(TableLine line, String[] aligned) {
        if (line.tabbed()) {
            return aligned;
        }
        List<Cell> numbers = numbers(line, model, columns);
        if (numbers.isEmpty() || numbers.size() > columns.length) {
            return aligned;
        }
        int[] to = nearestInOrder(numbers);
        String[] out = aligned.clone();
        for (Cell number : numbers) { // taken out of wherever the header placed them
            for (int column = 0; column < out.length; column++) {
                out[column] = without(out[column], number.text());
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            int column = columns[to[i]];
            if (column < out.length && !counting[to[i]]) {
                out[column] = out[column].isEmpty() ? numbers.get(i).text() : out[column] + " " + numbers.get(i).text();
            }
        }
        return out;
    }

    /**
     * The line's cells that are numbers, wherever the header places them, except in a code column (a classification
     * code is a number too): a long name pushes the amount after it under the next name's header.
     */
    private static List<Cell> numbers(TableLine line, ColumnModel model, int[] columns) {
        List<Cell> out = new ArrayList<>();
        String[] aligned = model.align(line);
        for (Cell c : line.filled()) {
            if (TableReading.looksNumeric(c.text()) && !inCodeColumn(c.text(), aligned, model)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean inCodeColumn(String text, String[] aligned, ColumnModel model) {
        for (int column = 0; column < aligned.length; column++) {
            if (model.column(column).role() == Column.Role.CODE && (" " + aligned[column] + " ").contains(" " + text + " ")) {
                return true;
            }
        }
        return false;
    }

    /** {@code cell} without the word {@code number} (words are joined by single spaces when several cells meet). */
    private static String without(String cell, String number) {
        if (cell.equals(number)) {
            return "";
        }
        String padded = (" " + cell + " ").replaceFirst(" " + java.util.regex.Pattern.quote(number) + " ", " ");
        return padded.strip();
    }

    /** For each number in order, the learnt column it takes: increasing, least total distance. */
    private int[] nearestInOrder(List<Cell> numbers) {
        int m = numbers.size();
        int n = centers.length;
        double[][] cost = new double[m + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        Arrays.fill(cost[0], 0);
        boolean[][] took = new boolean[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = i; j <= n; j++) {
                double skip = cost[i][j - 1];
                double take = cost[i - 1][j - 1] == Double.MAX_VALUE ? Double.MAX_VALUE
                        : cost[i - 1][j - 1] + Math.abs(numbers.get(i - 1).center() - centers[j - 1]);
                took[i][j] = take <= skip;
                cost[i][j] = Math.min(skip, take);
            }
        }
        int[] to = new int[m];
        for (int i = m, j = n; i > 0; j--) {
            if (took[i][j]) {
                to[i - 1] = j - 1;
                i--;
            }
        }
        return to;
    }
}
