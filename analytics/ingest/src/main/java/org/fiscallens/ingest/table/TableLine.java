package org.fiscallens.ingest.table;

import java.util.List;

/**
 * A document line split into cells, as the table reader sees it.
 *
 * @param number 1-based line number
 * @param raw    the line as written
 * @param cells  its cells; one cell for a line without separators
 * @param tabbed whether the cells were separated by tabs (positions are then cell indexes) rather than
 *               by runs of spaces (positions are then display columns)
 */
record TableLine(int number, String raw, List<Cell> cells, boolean tabbed) {
    TableLine {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return raw.isBlank();
    }

    /** Cells with text. */
    List<Cell> filled() {
        for (Cell c : cells) {
            if (c.isEmpty()) {
                return cells.stream().filter(x -> !x.isEmpty()).toList();
            }
        }
        return cells; // already unmodifiable

    }

    String cell(int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }
}
