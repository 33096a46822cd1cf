package org.fiscallens.ingest.table;

import java.util.List;

/**
 * Rows whose name a narrow page wrapped over two lines while their code, one line high, sits centred between them,
 * as text extracted with its layout writes them: the name's head (and the amounts printed beside it) on the line
 * above, the code alone on its line, the name's tail (and the other amounts) on the line below
 * ({@code 机关事业单位基本养老保险缴 42.95} / {@code 2080505} / {@code 费支出 42.95}). The three lines are one row when
 * they follow each other, the code line holds nothing but a classification code, neither other line has a code of its
 * own, both hold the name column, and the header's columns give no column two amounts. Otherwise they are read as
 * they are.
 */
final class CenteredCodeRows {
    private CenteredCodeRows() {
    }

    /**
     * For each of {@code data}'s lines, the row of three it is part of (the same object for the three), or null. The
     * row's cells are {@code place} applied to the three lines as one (the name's head and tail one cell, where the
     * head stands; the code and every amount where they stand), so its amounts are placed as any line's are.
     * {@code aligned} holds each line's cells by the header's columns.
     */
    static LogicalRow[] of(List<TableLine> data, String[][] aligned, ColumnModel model,
                           java.util.function.Function<TableLine, String[]> place) {
        LogicalRow[] out = new LogicalRow[data.size()];
        int name = column(model, Column.Role.NAME);
        if (name < 0 || column(model, Column.Role.CODE) < 0) {
            return out;
        }
        for (int i = 1; i + 1 < data.size(); i++) {
            TableLine above = data.get(i - 1);
            TableLine line = data.get(i);
            TableLine below = data.get(i + 1);
            if (out[i - 1] != null || line.tabbed() || above.tabbed() || below.tabbed()
                    || above.number() + 1 != line.number() || line.number() + 1 != below.number()
                    || line.filled().size() != 1 || ClassCodes.normalise(line.filled().get(0).text()).isEmpty()
                    || hasCode(above) || hasCode(below)
                    || !Labels.hasWord(cell(aligned[i - 1], name)) || !Labels.hasWord(cell(aligned[i + 1], name))
                    || twoAmountsInAColumn(aligned[i - 1], aligned[i + 1], model)) {
                continue;
            }
            List<Cell> cells = new java.util.ArrayList<>();
            Cell head = nameCell(above, name, model, cells);
            Cell tail = nameCell(below, name, model, cells);
            if (head == null || tail == null) {
                continue;
            }
            cells.add(new Cell(head.text() + tail.text(), head.start(), Math.max(head.end(), tail.end())));
            cells.add(line.filled().get(0));
            cells.sort(java.util.Comparator.comparingInt(Cell::start));
            LogicalRow row = new LogicalRow(place.apply(new TableLine(above.number(), above.raw(), cells, false)),
                    data.subList(i - 1, i + 2), above);
            out[i - 1] = row;
            out[i] = row;
            out[i + 1] = row;
        }
        return out;
    }

    /** The line's first cell in the name column (null if none); its other cells go to {@code others}. */
    private static Cell nameCell(TableLine line, int name, ColumnModel model, List<Cell> others) {
        Cell found = null;
        for (Cell c : line.filled()) {
            if (found == null && model.columnOf(c) == name) {
                found = c;
            } else {
                others.add(c);
            }
        }
        return found;
    }

    /** Whether the two lines, placed by the header, put an amount into the same column. */
    private static boolean twoAmountsInAColumn(String[] upper, String[] lower, ColumnModel model) {
        for (int c = 0; c < model.width(); c++) {
            if (model.column(c).role() == Column.Role.MEASURE && TableReading.looksNumeric(cell(upper, c))
                    && TableReading.looksNumeric(cell(lower, c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCode(TableLine line) {
        return line.filled().stream().anyMatch(c -> ClassCodes.normalise(c.text()).isPresent());
    }

    private static int column(ColumnModel model, Column.Role role) {
        for (Column c : model.columns()) {
            if (c.role() == role) {
                return c.index();
            }
        }
        return -1;
    }

    private static String cell(String[] cells, int c) {
        return c < cells.length ? cells[c] : "";
    }
}
