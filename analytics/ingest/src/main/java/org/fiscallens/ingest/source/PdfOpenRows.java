package org.fiscallens.ingest.source;

import technology.tabula.Cell;
import technology.tabula.Ruling;
import technology.tabula.Table;

import java.util.ArrayList;
import java.util.List;

import static org.fiscallens.ingest.source.PdfTableGrid.MIN_CELL_HEIGHT;
import static org.fiscallens.ingest.source.PdfTableGrid.SAME_EDGE;
import static org.fiscallens.ingest.source.PdfTableGrid.edges;

/**
 * Rows of a ruled table a page break left open (跨页断行 as a browser prints it): the row the page's foot cuts has no
 * bottom rule, the rest of it at the top of the next page no top rule, so tabula's lattice sees no cells there and
 * their text would be read as lines beside the table. The rules between their columns still hang below the table's
 * last horizontal rule (above its first); this closes them.
 */
final class PdfOpenRows {
    private PdfOpenRows() {
    }

    /**
     * {@code table} with the rows a page break left open closed: where the rules that divide its columns run on below
     * its last horizontal rule, or above its first (a browser prints a row the page's foot cuts without its bottom rule,
     * and its rest at the top of the next page without a top rule), the cells between them, down or up to where they
     * end, are one more row, so the text printed there is read in its columns instead of as lines beside the table. The
     * table itself when no rules hang beyond it.
     */
    static Table close(Table table, List<Ruling> verticals) {
        double top = table.getTop();
        double bottom = table.getBottom();
        Band below = band(table, verticals, true);
        Band above = band(table, verticals, false);
        if (below != null) {
            addRow(table, below.edges(), bottom, below.end());
        }
        if (above != null) {
            addRow(table, above.edges(), above.end(), top);
        }
        return table;
    }

    /** The column edges of rules hanging beyond the table, closed at both its sides, and where they end. */
    private record Band(double[] edges, double end) {
    }

    private static Band band(Table table, List<Ruling> verticals, boolean below) {
        double edge = below ? table.getBottom() : table.getTop();
        List<Double> xs = new ArrayList<>();
        double end = below ? Double.MAX_VALUE : -Double.MAX_VALUE;
        for (Ruling r : verticals) {
            boolean hangs = below ? r.getTop() <= edge + SAME_EDGE && r.getBottom() >= edge + MIN_CELL_HEIGHT
                    : r.getBottom() >= edge - SAME_EDGE && r.getTop() <= edge - MIN_CELL_HEIGHT;
            if (hangs && r.getLeft() >= table.getLeft() - SAME_EDGE && r.getLeft() <= table.getRight() + SAME_EDGE) {
                xs.add((double) r.getLeft());
                boolean side = Math.abs(r.getLeft() - table.getLeft()) <= SAME_EDGE
                        || Math.abs(r.getLeft() - table.getRight()) <= SAME_EDGE;
                if (side) {
                    end = below ? Math.min(end, r.getBottom()) : Math.max(end, r.getTop());
                }
            }
        }
        double[] edges = edges(xs.stream().mapToDouble(Double::doubleValue).toArray());
        boolean closedAtBothSides = edges.length >= 3 && Math.abs(edges[0] - table.getLeft()) <= SAME_EDGE
                && Math.abs(edges[edges.length - 1] - table.getRight()) <= SAME_EDGE
                && Math.abs(end) != Double.MAX_VALUE;
        return closedAtBothSides ? new Band(edges, end) : null;
    }

    /** One more row of cells between {@code edges}, from {@code top} to {@code bottom} (grid rows go by their tops). */
    private static void addRow(Table table, double[] edges, double top, double bottom) {
        int row = table.getRowCount();
        for (int i = 0; i + 1 < edges.length; i++) {
            float width = (float) (edges[i + 1] - edges[i]);
            table.add(new Cell((float) top, (float) edges[i], width, (float) (bottom - top)), row, i);
        }
    }
}
