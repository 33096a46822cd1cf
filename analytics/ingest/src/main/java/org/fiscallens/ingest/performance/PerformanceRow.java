package org.fiscallens.ingest.performance;

import java.util.List;

/**
 * A table row as cells, whatever the layout: a tab-separated line, or (one-cell-per-line layout) a run of
 * lines holding one cell each, ended by a blank line; a prose line is a row of one cell.
 *
 * <p>Immutable. The folded forms ({@link #joined()}, {@link #folded(int)}) are worked out on first use and
 * kept, since the reader asks for them repeatedly and most rows of a document never need them.
 * Not shared between threads (a row belongs to one reading of one document).
 */
final class PerformanceRow {
    private final List<String> cells;
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
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.cellPerLine = cellPerLine;
    }

    /** Cells as written (not trimmed), unmodifiable. */
    List<String> cells() {
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

    /** Whether the row came from the one-cell-per-line layout. */
    boolean cellPerLine() {
        return cellPerLine;
    }

    /** All cells joined, whitespace and quotes removed, （）：， folded to ASCII ({@link #fold} of the joined cells). */
    String joined() {
        String j = joined;
        if (j == null) {
            if (cells.size() == 1) {
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
            folded = new String[cells.size()];
        }
        String f = folded[i];
        if (f == null) {
            f = fold(cells.get(i));
            folded[i] = f;
        }
        return f;
    }

    /** Whether some cell holds the character {@code c} as written (a cheap test before folding). */
    boolean holds(char c) {
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
        return "PerformanceRow[cells=" + cells + ", firstLine=" + firstLine + ", lastLine=" + lastLine
                + ", cellPerLine=" + cellPerLine + "]";
    }
}
