package org.fiscallens.ingest.table;

import java.util.List;

/**
 * One table row as printed over one or more lines: the cells per column, the lines it spans, and the line
 * its amounts stand on (which differs from its label's line when numbers sit above or below the label).
 */
record LogicalRow(String[] cells, List<TableLine> lines, TableLine amountLine) {
    LogicalRow {
        lines = List.copyOf(lines);
    }
}
