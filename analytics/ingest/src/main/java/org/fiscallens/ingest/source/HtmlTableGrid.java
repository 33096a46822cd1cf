package org.fiscallens.ingest.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An HTML {@code <table>} laid out on its grid, row by row, as tab-separated extractors write a table: a cell
 * spanning columns ({@code colspan}) is its text then an empty cell per further column, and the rows under a cell
 * spanning rows ({@code rowspan}) hold an empty cell where it reaches down, so every value keeps its header's
 * column. Rows are the table's own {@code <tr>}s (directly or in {@code thead}, {@code tbody}, {@code tfoot}); a
 * table nested in a cell is part of that cell's text. A span that is not a positive number counts as 1.
 */
final class HtmlTableGrid {
    /** Wider or taller spans are taken as this many: a typo such as {@code colspan="1000"} must not blow a row up. */
    private static final int MAX_SPAN = 64;

    private HtmlTableGrid() {
    }

    /** The table's rows, each as its cells' texts ({@code cellText} of each {@code td}/{@code th}) on the grid. */
    static List<List<String>> rows(Element table, Function<Element, String> cellText) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> coveredRows = new ArrayList<>(); // per column: rows still reached by a rowspan from above
        for (Element tr : rowsOf(table)) {
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (covered(coveredRows, col)) {
                    row.add("");
                    col++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = span(cell, "rowspan");
                row.add(cellText.apply(cell));
                for (int k = 0; k < colspan; k++) {
                    if (k > 0) {
                        row.add("");
                    }
                    while (coveredRows.size() <= col + k) {
                        coveredRows.add(0);
                    }
                    coveredRows.set(col + k, rowspan);
                }
                col += colspan;
            }
            for (int last = lastCovered(coveredRows); col <= last; col++) {
                row.add("");
            }
            for (int c = 0; c < coveredRows.size(); c++) {
                coveredRows.set(c, Math.max(0, coveredRows.get(c) - 1));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> trs = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> trs.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            trs.add(tr);
                        }
                    }
                }
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        return trs;
    }

    private static boolean covered(List<Integer> coveredRows, int col) {
        return col < coveredRows.size() && coveredRows.get(col) > 0;
    }

    private static int lastCovered(List<Integer> coveredRows) {
        for (int c = coveredRows.size() - 1; c >= 0; c--) {
            if (coveredRows.get(c) > 0) {
                return c;
            }
        }
        return -1;
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        int n = 0;
        for (int i = 0; i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9' && n <= MAX_SPAN; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return Math.max(1, Math.min(n, MAX_SPAN));
    }
}
