package org.fiscallens.ingest.source;

import technology.tabula.Cell;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.TextElement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ruled table of a PDF page, as tabula's lattice extraction finds it, written as rows of tab-separated cells on the
 * table's own grid. Which grids are tables, and which of a table's cells are cells at all (a glyph a Type 3 font draws
 * as strokes makes a grid of its own), is decided here.
 */
final class PdfTableGrid {
    /** Edges of cells closer than this (PDF points) are one edge: rulings drawn a hair apart. */
    static final double SAME_EDGE = 2.0;
    /** A cell narrower or lower than these (PDF points) is no cell but the strokes of a glyph. */
    private static final double MIN_CELL_WIDTH = 10.0;
    static final double MIN_CELL_HEIGHT = 8.0;

    private PdfTableGrid() {
    }

    /**
     * Whether rulings tabula joined into a grid make a table: at least two columns and two cells with text. A glyph a
     * PDF draws as strokes (a Type 3 font: 出 is five lines) makes a tiny grid of one cell, which is no table.
     */
    static boolean aTable(Table t, List<TextElement> page) {
        List<TextElement> within = within(t, page);
        if (t.getColCount() < 2 || t.getRowCount() < 1) {
            return false;
        }
        int filled = 0;
        for (List<RectangularTextContainer> row : t.getRows()) {
            for (RectangularTextContainer c : row) {
                if (c instanceof Cell cell && cell.getWidth() >= MIN_CELL_WIDTH && cell.getHeight() >= MIN_CELL_HEIGHT
                        && within.stream().anyMatch(e -> holds(cell, e) && !e.getText().isBlank())) {
                    filled++;
                }
            }
        }
        return filled >= 2;
    }

    /** The tables not inside another (a grid a glyph's strokes make inside a cell), top to bottom. */
    static List<Table> outermost(List<Table> tables) {
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            boolean nested = tables.stream().anyMatch(o -> o != t && o.getArea() > t.getArea()
                    && o.getLeft() <= t.getLeft() + SAME_EDGE && o.getRight() >= t.getRight() - SAME_EDGE
                    && o.getTop() <= t.getTop() + SAME_EDGE && o.getBottom() >= t.getBottom() - SAME_EDGE);
            if (!nested) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(Table::getTop));
        return out;
    }

    /** The characters whose middles lie inside {@code table}'s bounds: only they can belong to its cells. */
    private static List<TextElement> within(Table table, List<TextElement> page) {
        List<TextElement> out = new ArrayList<>();
        for (TextElement t : page) {
            if (inside(table, t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the middle of {@code t} lies inside {@code table}'s bounds. */
    static boolean inside(Table table, TextElement t) {
        double cx = t.getX() + t.getWidth() / 2;
        double cy = t.getY() + t.getHeight() / 2;
        return cx >= table.getLeft() && cx <= table.getRight() && cy >= table.getTop() && cy <= table.getBottom();
    }

    private static boolean holds(Cell c, TextElement t) {
        double cx = t.getX() + t.getWidth() / 2;
        double cy = t.getY() + t.getHeight() / 2;
        return cx >= c.getLeft() && cx <= c.getRight() && cy >= c.getTop() && cy <= c.getBottom();
    }

    /**
     * A row of a ruled table: its cells tab-separated, and which of them end in a line running to the cell's right edge
     * (text that may go on, wrapped, in the row's continuation on the next page).
     */
    record Row(String text, boolean[] full) {
        /** The row's cells, as many as the table has columns. */
        String[] cells() {
            return text.split("\t", -1);
        }
    }

    /** A ruled table's rows, top to bottom, and the left edges of its columns (PDF points). */
    record Grid(List<Row> rows, double[] columns) {
    }

    /**
     * The table's rows, each a line of tab-separated cells on the table's own grid: its columns are the distinct left
     * edges of its cells, its rows their distinct tops (edges within {@link #SAME_EDGE} points are one), so a cell
     * merged over columns gives its text then empty cells, a cell merged over rows its text on its first row, and a
     * row of nothing (rulings a hair apart) no line. A cell smaller than a character is the strokes of a glyph (a
     * Type 3 font draws 出 as lines), not a cell.
     */
    static Grid grid(Table table, List<TextElement> page) {
        List<Cell> all = new ArrayList<>();
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer c : row) {
                if (c instanceof Cell cell && cell.getWidth() >= MIN_CELL_WIDTH && cell.getHeight() >= MIN_CELL_HEIGHT) {
                    all.add(cell); // smaller: the strokes of a glyph (a Type 3 font draws 出 as lines), no cell
                }
            }
        }
        // each character goes to the smallest cell holding its middle (tabula wants the whole glyph box inside, which
        // a Chinese font's tall boxes overrun in a tight cell)
        java.util.Map<Cell, List<TextElement>> text = new java.util.HashMap<>();
        List<TextElement> loose = new ArrayList<>(); // inside the table, in no cell: a row whose rules were not drawn
        for (TextElement t : within(table, page)) {
            Cell home = null;
            for (Cell c : all) {
                if (holds(c, t) && (home == null || c.getArea() < home.getArea())) {
                    home = c;
                }
            }
            if (home != null) {
                text.computeIfAbsent(home, k -> new ArrayList<>()).add(t);
            } else if (!t.getText().isBlank()) {
                loose.add(t);
            }
        }
        double[] columns = edges(all.stream().mapToDouble(Cell::getLeft).toArray());
        double[] tops = edges(all.stream().mapToDouble(Cell::getTop).toArray());
        String[][] grid = new String[tops.length][columns.length];
        boolean[][] full = new boolean[tops.length][columns.length];
        for (String[] r : grid) {
            java.util.Arrays.fill(r, "");
        }
        int[] rowOf = new int[all.size()];
        int[] colOf = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Cell c = all.get(i);
            int r = rowOf[i] = index(tops, c.getTop());
            int col = colOf[i] = index(columns, c.getLeft());
            List<PdfTextLines.Line> lines = PdfTextLines.of(text.getOrDefault(c, List.of()));
            grid[r][col] = cell(lines);
            full[r][col] = !lines.isEmpty() && runsToEdge(lines.get(lines.size() - 1), c);
        }
        PdfSplitRows.mergeInto(grid, full, all, rowOf, colOf, tops, SAME_EDGE);
        placeLoose(loose, columns, tops, grid);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            String line = String.join("\t", grid[r]);
            if (!line.isBlank()) {
                rows.add(new Row(line, full[r]));
            }
        }
        return new Grid(List.copyOf(rows), columns);
    }

    /**
     * Characters inside the table that no cell holds, each put in the row and column it stands in: a row at a page's
     * foot whose rules a browser left undrawn (Chromium closed only the cell a glyph's strokes cut) keeps its text,
     * where it was lost before. Placed after the cells' own text.
     */
    private static void placeLoose(List<TextElement> loose, double[] columns, double[] tops, String[][] grid) {
        if (loose.isEmpty() || columns.length == 0 || tops.length == 0) {
            return;
        }
        java.util.Map<Integer, List<TextElement>> byCell = new java.util.TreeMap<>();
        for (TextElement t : loose) {
            int r = index(tops, t.getY() + t.getHeight() / 2);
            int col = index(columns, t.getX() + t.getWidth() / 2);
            byCell.computeIfAbsent(r * columns.length + col, k -> new ArrayList<>()).add(t);
        }
        byCell.forEach((at, chars) -> {
            String[] row = grid[at / columns.length];
            int col = at % columns.length;
            String more = cell(PdfTextLines.of(chars));
            row[col] = row[col].isEmpty() ? more : PdfParagraphs.joined(row[col], more);
        });
    }

    /**
     * Whether a cell's last line runs to the cell's right edge: no further character of its size would have fitted
     * beside it, leaving room for the cell's padding (Word's default is 5.4 points a side).
     */
    private static boolean runsToEdge(PdfTextLines.Line last, Cell c) {
        return c.getRight() - last.right() < Math.max(last.size(), 1) + 2 * 5.4;
    }

    /** The distinct values of {@code xs}, ascending, those within {@link #SAME_EDGE} of the previous one dropped. */
    static double[] edges(double[] xs) {
        double[] sorted = xs.clone();
        java.util.Arrays.sort(sorted);
        List<Double> out = new ArrayList<>();
        for (double x : sorted) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > SAME_EDGE) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The last edge at or before {@code x} (within {@link #SAME_EDGE}). */
    private static int index(double[] edges, double x) {
        int i = 0;
        while (i + 1 < edges.length && edges[i + 1] <= x + SAME_EDGE) {
            i++;
        }
        return i;
    }

    /** A cell's text: its printed lines joined (a wrapped name reads whole; Latin words keep a space between). */
    private static String cell(List<PdfTextLines.Line> lines) {
        String text = "";
        for (PdfTextLines.Line line : lines) { // a cell's lines are one text whatever their width
            text = text.isEmpty() ? line.text().strip() : PdfParagraphs.joined(text, line.text());
        }
        return text.replace('\t', ' ');
    }
}
