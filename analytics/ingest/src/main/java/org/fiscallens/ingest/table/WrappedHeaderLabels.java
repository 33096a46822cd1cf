package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Header labels a narrow page wrapped, as text extracted with its layout writes them: the heads pushed together one
 * space apart on one line and their ends on the next ({@code 本年支出合 基本支 项目支} over {@code 计 出 出}). The
 * two lines become one whose labels are whole ({@code 本年支出合计 | 基本支出 | 项目支出}), each placed where its
 * end was printed (the ends line up with the amounts below; the pushed-together heads do not).
 *
 * <p>The ends are given to the heads in order, and only when exactly one way of doing so leaves every label one the
 * reader knows ({@link HeaderWords#known}): each head that is not a label alone takes one end, no end is left over,
 * and an end never stands left of its head. Otherwise the lines stay as they are.
 */
final class WrappedHeaderLabels {
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
            alone[i] = HeaderWords.known(h.text(), d);
            for (int j = 0; j < m; j++) {
                Cell e = ends.get(j);
                fits[i][j] = e.start() >= h.start() - 1 && HeaderWords.known(h.text() + e.text(), d);
            }
        }
        // ways[i][j]: how many ways (0, 1, or 2 for "more than one") give ends j.. to heads i..
        int[][] ways = new int[n + 1][m + 1];
        ways[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                int w = alone[i] ? ways[i + 1][j] : 0;
                if (j < m && fits[i][j]) {
                    w += ways[i + 1][j + 1];
                }
                ways[i][j] = Math.min(w, 2);
            }
        }
        if (ways[0][0] != 1) {
            return null;
        }
        List<Cell> cells = new ArrayList<>(n);
        int j = 0;
        for (int i = 0; i < n; i++) {
            Cell h = heads.get(i);
            if (j < m && fits[i][j] && ways[i + 1][j + 1] == 1) {
                Cell e = ends.get(j++);
                cells.add(new Cell(h.text() + e.text(), e.start(), e.end()));
            } else {
                cells.add(h);
            }
        }
        return new TableLine(upper.number(), upper.raw(), cells, false);
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
