package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Header labels a narrow page wrapped, as text extracted with its layout writes them: the heads pushed together one
 * space apart on one line and their ends on the next ({@code 本年支出合 基本支 项目支} over {@code 计 出 出}). The
 * two lines become one whose labels are whole ({@code 本年支出合计 | 基本支出 | 项目支出}), each placed where its
 * end was printed (the ends line up with the amounts below; the pushed-together heads do not).
 *
 * <p>The ends are given to the heads in order, in a way that leaves every label one the reader knows
 * ({@link HeaderWords#known}): each head that is not a label alone takes one end, no end is left over, and an end
 * stands under its head or right of it, but not beyond the head after it (the heads drift left of the ends as they
 * are pushed together; a second header line of sub-columns, 小计 | 购置费 | 运行维护费 under one category, is no
 * ends). A head that is a measure's whole label takes only an end that changes what it reads as ({@code 预算数} takes
 * no {@code 类）}: the two read the same), and an end that is a label of its own standing wholly right of its head is a
 * sub-column under the head beside it, not an end ({@code 小计} right of {@code 合计}). Where several ways do
 * ({@code 部门经济科目} is a label alone and with {@code 编码}), the one whose ends stand nearest their heads is taken;
 * where none does, or two are equally near, the lines stay as they are.
 */
final class WrappedHeaderLabels {
    private static final int NONE = Integer.MAX_VALUE;

    private WrappedHeaderLabels() {
    }

    /** {@code header} with each pair of lines that holds wrapped labels made one line; the list itself when none. */
    static List<TableLine> join(List<TableLine> header, TableDescriptor d) {
        List<TableLine> out = null;
        for (int i = 0; i + 1 < (out == null ? header : out).size(); i++) {
            List<TableLine> lines = out == null ? header : out;
            TableLine joined = join(lines.get(i), lines.get(i + 1), d);
            if (joined != null) {
                out = out == null ? new ArrayList<>(header) : out;
                out.set(i, joined);
                out.remove(i + 1);
            }
        }
        return out == null ? header : out;
    }

    /** The two lines as one, or null when {@code lower} does not hold the ends of {@code upper}'s labels. */
    static TableLine join(TableLine upper, TableLine lower, TableDescriptor d) {
        if (upper.tabbed() || lower.tabbed()) {
            return null;
        }
        List<Cell> heads = words(upper);
        List<Cell> ends = words(lower);
        int n = heads.size();
        int m = ends.size();
        if (m == 0 || m > n) {
            return null;
        }
        boolean[] alone = new boolean[n];
        boolean[][] fits = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            Cell h = heads.get(i);
            String own = HeaderWords.reading(h.text(), d);
            alone[i] = own != null;
            for (int j = 0; j < m; j++) {
                Cell e = ends.get(j);
                int before = i + 1 < n ? heads.get(i + 1).end() : Integer.MAX_VALUE;
                String joined = HeaderWords.reading(h.text() + e.text(), d);
                // a head that is a measure's whole label takes no end the reader does not read into it (预算数 + 类）
                // is still 预算数: the end belongs to a label beside it)
                boolean whole = own != null && own.equals("alias:" + Labels.compact(h.text()));
                // a label of its own standing wholly right of the head is a sub-column under it (合计 … 小计)
                boolean subColumn = e.start() > h.end() && HeaderWords.known(e.text(), d);
                fits[i][j] = e.start() >= h.start() - 1 && e.start() < before && joined != null
                        && !(whole && joined.equals(own)) && !subColumn;
            }
        }
        // cost[i][j]: the least total distance (end from its head's start) giving ends j.. to heads i.., or
        // NONE; ways[i][j]: how many ways reach it (1, or 2 for "more than one")
        int[][] cost = new int[n + 1][m + 1];
        int[][] ways = new int[n + 1][m + 1];
        for (int[] row : cost) {
            java.util.Arrays.fill(row, NONE);
        }
        cost[n][m] = 0;
        ways[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                int skip = alone[i] ? cost[i + 1][j] : NONE;
                int take = j < m && fits[i][j] && cost[i + 1][j + 1] != NONE
                        ? cost[i + 1][j + 1] + distance(heads.get(i), ends.get(j)) : NONE;
                cost[i][j] = Math.min(skip, take);
                if (cost[i][j] != NONE) {
                    ways[i][j] = Math.min(2, (skip == cost[i][j] ? ways[i + 1][j] : 0)
                            + (take == cost[i][j] ? ways[i + 1][j + 1] : 0));
                }
            }
        }
        if (cost[0][0] == NONE || ways[0][0] != 1) {
            return null;
        }
        List<Cell> cells = new ArrayList<>(n);
        int j = 0;
        for (int i = 0; i < n; i++) {
            Cell h = heads.get(i);
            boolean take = j < m && fits[i][j] && cost[i + 1][j + 1] != NONE
                    && cost[i][j] == cost[i + 1][j + 1] + distance(h, ends.get(j));
            if (take) {
                Cell e = ends.get(j++);
                cells.add(new Cell(h.text() + e.text(), e.start(), e.end()));
            } else {
                cells.add(h);
            }
        }
        return new TableLine(upper.number(), upper.raw(), cells, false);
    }

    /** How far right of its head an end stands (from one column left of it, the nearest it may stand, on). */
    private static int distance(Cell head, Cell end) {
        return end.start() - head.start() + 1;
    }

    /** The line's words: its cells split at single spaces, each where it stands. */
    private static List<Cell> words(TableLine line) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : line.filled()) {
            out.addAll(HeaderWords.words(c));
        }
        return out;
    }
}
