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
     * For the first line of each such row, the row as one line (the name's head and tail one cell, where the head
     * stands; the code where it stands; every amount where it stands), for the row's amounts to be placed as any
     * line's are; null elsewhere. {@code aligned} holds each line's cells by the header's columns.
     */
    static TableLine[] of(List<TableLine> data, String[][] aligned, ColumnModel model) {
        TableLine[] out = new TableLine[data.size()];
        int name = column(model, Column.Role.NAME);
        if (name < 0 || column(model, Column.Role.CODE) < 0) {
            return out;
        }
        for (int i = 1; i + 1 < data.size(); i++) {
            TableLine above = data.get(i - 1);
            TableLine line = data.get(i);
            TableLine below = data.get(i + 1);
            if ((i >= 2 && out[i - 2] != null) || line.tabbed() || above.tabbed() || below.tabbed()
                    || above.number() + 1 != line.number() || line.number() + 1 != below.number()
                    || line.filled().size() != 1 || ClassCodes.normalise(line.filled().get(0).text()).isEmpty()
                    || hasCode(above) || hasCode(below)
                    || !Labels.hasWord(cell(aligned[i - 1], name)) || !Labels.hasWord(cell(aligned[i + 1], name))
                    || twoAmountsInAColumn(aligned[i - 1], aligned[i + 1], model)) {
                continue;
            }
            List<Cell> cells = new java.util.ArrayList<>();
            Cell head = null;
            for (Cell c : above.filled()) {
                if (model.columnOf(c) == name && head == null) {
                    head = c;
                } else {
                    cells.add(c);
                }
            }
            Cell tail = null;
            for (Cell c : below.filled()) {
                if (model.columnOf(c) == name && tail == null) {
                    tail = c;
                } else {
                    cells.add(c);
                }
            }
            if (head == null || tail == null) {
                continue;
            }
            cells.add(new Cell(head.text() + tail.text(), head.start(), Math.max(head.end(), tail.end())));
            cells.add(line.filled().get(0));
            cells.sort(java.util.Comparator.comparingInt(Cell::start));
            out[i - 1] = new TableLine(above.number(), above.raw(), cells, false);
        }
        return out;
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
