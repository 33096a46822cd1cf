package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document line split into cells, as the table reader sees it. Immutable; the cells with text and
 * whether the line is blank are worked out once, when the line is split, because every step of table
 * reading (locating titles, splitting bodies, assembling rows) asks for them again.
 */
final class TableLine {
    private final int number;
    private final String raw;
    private final List<Cell> cells;
    private final boolean tabbed;
    private final List<Cell> filled;
    private final boolean blank;

    /**
     * @param number 1-based line number
     * @param raw    the line as written
     * @param cells  its cells; one cell for a line without separators. The line takes the list over (the
     *               splitter hands over a list nobody else holds) and exposes it unmodifiable, without a copy.
     * @param tabbed whether the cells were separated by tabs (positions are then cell indexes) rather than
     *               by runs of spaces (positions are then display columns)
     */
    TableLine(int number, String raw, List<Cell> cells, boolean tabbed) {
        this.number = number;
        this.raw = raw;
        this.cells = Collections.unmodifiableList(cells);
        this.tabbed = tabbed;
        this.filled = withText(this.cells);
        this.blank = raw.isBlank();
    }

    private static List<Cell> withText(List<Cell> cells) {
        int n = cells.size();
        for (int i = 0; i < n; i++) {
            if (cells.get(i).isEmpty()) {
                List<Cell> out = new ArrayList<>(n - 1);
                for (int k = 0; k < n; k++) {
                    if (!cells.get(k).isEmpty()) {
                        out.add(cells.get(k));
                    }
                }
                return Collections.unmodifiableList(out);
            }
        }
        return cells; // already unmodifiable
    }

    /** 1-based line number. */
    int number() {
        return number;
    }

    /** The line as written. */
    String raw() {
        return raw;
    }

    /** Its cells, empty ones included; one cell for a line without separators. */
    List<Cell> cells() {
        return cells;
    }

    /** Whether the cells were separated by tabs rather than by runs of spaces. */
    boolean tabbed() {
        return tabbed;
    }

    boolean isBlank() {
        return blank;
    }

    /** Cells with text, in order (unmodifiable). */
    List<Cell> filled() {
        return filled;
    }

    String cell(int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }

    @Override
    public String toString() {
        return "TableLine[number=" + number + ", raw=" + raw + ", cells=" + cells + ", tabbed=" + tabbed + "]";
    }
}
