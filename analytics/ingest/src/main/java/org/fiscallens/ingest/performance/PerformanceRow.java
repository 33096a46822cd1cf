package org.fiscallens.ingest.performance;

import java.util.List;

/**
 * A table row as cells, whatever the layout: a tab-separated line, or (one-cell-per-line layout) a run of
 * lines holding one cell each, ended by a blank line; a prose line is a row of one cell.
 *
 * @param cells       cells as written (not trimmed)
 * @param firstLine   1-based first source line
 * @param lastLine    1-based last source line
 * @param cellPerLine whether the row came from the one-cell-per-line layout
 */
record PerformanceRow(List<String> cells, int firstLine, int lastLine, boolean cellPerLine) {
    PerformanceRow {
        cells = List.copyOf(cells);
    }

    /** All cells joined, whitespace and quotes removed, （）：， folded to ASCII. */
    String joined() {
        return fold(String.join("", cells));
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '“', '”', '"', '‘', '’' -> {
                }
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '：' -> sb.append(':');
                case '，' -> sb.append(',');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
