package org.fiscallens.ingest.performance;

import java.util.List;
import java.util.function.Function;

/**
 * A table row as cells, whatever the layout: a tab-separated line, or (one-cell-per-line layout) a run of
 * lines holding one cell each, ended by a blank line; a prose line is a row of one cell.
 *
 * <p>Its values never change once built; the cells of a one-line row ({@link #cells()}) and the folded forms ({@link #joined()},
 * {@link #folded(int)}) are worked out on first use and kept: most rows of a document lie outside any
 * 绩效自评 table, and {@link #holds} answers for them from the line itself. Not shared between threads (a row
 * belongs to one reading of one document).
 */
final class PerformanceRow {
    private List<String> cells;
    /** The source line of a one-line row whose cells are not cut yet, else null. */
    private String line;
    private final Function<String, List<String>> cutter;
    private final int firstLine;
    private final int lastLine;
    private final boolean cellPerLine;
    private String joined;
    private String[] folded;

    /**
     * @param cells       cells as written (not trimmed)
     * @param firstLine   1-based first source line
     * @param lastLine    1-based last source line
     * @param cellPerLine whether the row came from the one-cell-per-line layout
     */
    PerformanceRow(List<String> cells, int firstLine, int lastLine, boolean cellPerLine) {
        this.cells = List.copyOf(cells);
        this.cutter = null;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.cellPerLine = cellPerLine;
    }

    /**
     * A row of one source line whose cells {@code cutter} cuts from it, on first use. The cutter may drop only
     * tabs and whitespace (separators, surrounding blanks), which {@link #holds} relies on.
     */
    PerformanceRow(String line, int number, Function<String, List<String>> cutter) {
        this.line = line;
        this.cutter = cutter;
        this.firstLine = number;
        this.lastLine = number;
        this.cellPerLine = false;
    }

    /** Cells as written (not trimmed), unmodifiable. */
    List<String> cells() {
        if (cells == null) {
            cells = List.copyOf(cutter.apply(line));
            line = null;
        }
        return cells;
    }

    /** 1-based first source line. */
    int firstLine() {
        return firstLine;
    }

    /** 1-based last source line. */
    int lastLine() {
        return lastLine;
    }

    /**
     * The 1-based source line of cell {@code cell}: its own line in the one-cell-per-line layout, else the row's
     * line.
     */
    int lineOf(int cell) {
        return cellPerLine ? Math.min(firstLine + cell, lastLine) : firstLine;
    }

    /** The source text of cell {@code cell}'s line: the cell alone in the one-cell-per-line layout, else the row. */
    String rawOf(int cell) {
        return cellPerLine ? cells().get(cell) : String.join("\t", cells());
    }

    /** Whether the row came from the one-cell-per-line layout. */
    boolean cellPerLine() {
        return cellPerLine;
    }

    /** All cells joined, whitespace and quotes removed, （）：， folded to ASCII ({@link #fold} of the joined cells). */
    String joined() {
        String j = joined;
        if (j == null) {
            if (line != null) {
                j = fold(line); // the cutter drops only whitespace, which folding drops too
            } else if (cells.size() == 1) {
                j = folded(0);
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < cells.size(); i++) {
                    sb.append(folded(i)); // fold works char by char: fold(a + b) = fold(a) + fold(b)
                }
                j = sb.toString();
            }
            joined = j;
        }
        return j;
    }

    /** {@link #fold} of cell {@code i}. */
    String folded(int i) {
        if (folded == null) {
            folded = new String[cells().size()];
        }
        String f = folded[i];
        if (f == null) {
            f = fold(cells().get(i));
            folded[i] = f;
        }
        return f;
    }

    /**
     * Whether some cell holds the character {@code c} as written (a cheap test before cutting or folding);
     * {@code c} must not be a tab or whitespace.
     */
    boolean holds(char c) {
        if (cells == null) {
            return line.indexOf(c) >= 0;
        }
        for (String cell : cells) {
            if (cell.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without whitespace and quotes, （）：， folded to ASCII; {@code s} itself when nothing changes. */
    static String fold(String s) {
        int n = s.length();
        char[] out = null;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int f = fold(c);
            if (out == null) {
                if (f == c) {
                    continue;
                }
                out = new char[n];
                s.getChars(0, i, out, 0);
                k = i;
            }
            if (f >= 0) {
                out[k++] = (char) f;
            }
        }
        return out == null ? s : new String(out, 0, k);
    }

    /** The folded form of {@code c}, or -1 when it is dropped. */
    private static int fold(char c) {
        return switch (c) {
            case '“', '”', '"', '‘', '’' -> -1;
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '，' -> ',';
            // no character above U+3000 is whitespace or a space separator: skip the Unicode lookups there
            default -> c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c)) ? -1 : c;
        };
    }

    @Override
    public String toString() {
        return "PerformanceRow[cells=" + cells() + ", firstLine=" + firstLine + ", lastLine=" + lastLine
                + ", cellPerLine=" + cellPerLine + "]";
    }
}
