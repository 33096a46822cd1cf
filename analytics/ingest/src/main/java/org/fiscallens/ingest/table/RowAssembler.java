package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the physical data lines of a table into {@link LogicalRow}s: a label wrapped onto a line of its own
 * continues the row above; a line of numbers with its label alone on the next (or previous) line forms one
 * row. When a label line sits between a row and a line of numbers that itself has a label line below, the
 * numbers take the label below and the first label continues the row above. A label that is the wrapped head of the
 * name below ({@link WrappedName}) joins that row instead, whether alone on its line or in its column of a line of
 * empty cells; one that opens with an ordinal ({@code （十一）节能环保支出}) and heads no row is a row without amounts,
 * as no wrapped tail opens with one. Lines that are neither (a 行次-only line) become rows without label or amounts
 * and are skipped later.
 */
final class RowAssembler {
    private static final int MAX_CONTINUATION = 30;

    private enum Kind { NUMBERS_ONLY, LABEL_ONLY, FULL }

    private RowAssembler() {
    }

    static List<LogicalRow> assemble(List<TableLine> data, ColumnModel model, WrappedName wrapped) {
        // every line is aligned and classified once, up front: the loop looks one and two lines ahead. Each
        // aligned array is then used (and possibly given a label) by at most one row.
        String[][] aligned = new String[data.size()][];
        String[][] byHeader = new String[data.size()][];
        Kind[] kinds = new Kind[data.size()];
        NumberColumns numbers = NumberColumns.learn(model, data);
        for (int i = 0; i < data.size(); i++) {
            byHeader[i] = byHeader(data.get(i), model);
            aligned[i] = placed(data.get(i), byHeader[i], numbers);
            kinds[i] = kind(data.get(i), aligned[i], model);
        }
        // rows printed over several lines: side by side between blank lines, or around a code alone on its line
        LogicalRow[] spanning = RowBands.of(data, aligned, model);
        LogicalRow[] centered = CenteredCodeRows.of(data, byHeader, model,
                line -> placed(line, byHeader(line, model), numbers));
        for (int i = 0; i + 2 < spanning.length; i++) {
            if (centered[i] != null && spanning[i] == null && spanning[i + 1] == null && spanning[i + 2] == null) {
                spanning[i] = centered[i];
                spanning[i + 1] = centered[i];
                spanning[i + 2] = centered[i];
                i += 2;
            }
        }
        List<LogicalRow> out = new ArrayList<>();
        String pendingLabel = null;
        TableLine pendingLine = null;
        String[] pendingCells = null;
        for (int i = 0; i < data.size(); i++) {
            if (spanning[i] != null) {
                if (pendingLine != null) {
                    out.add(new LogicalRow(pendingCells, List.of(pendingLine), pendingLine));
                    pendingLabel = null;
                    pendingLine = null;
                    pendingCells = null;
                }
                out.add(spanning[i]);
                while (i + 1 < data.size() && spanning[i + 1] == spanning[i]) {
                    i++;
                }
                continue;
            }
            TableLine line = data.get(i);
            String[] cells = aligned[i];
            Kind kind = kinds[i];
            TableLine next = i + 1 < data.size() ? data.get(i + 1) : null;
            Kind nextKind = next == null ? null : kinds[i + 1];
            if (kind == Kind.NUMBERS_ONLY && nextKind == Kind.LABEL_ONLY && pendingLabel == null) {
                setLabel(cells, model, next.filled().get(0).text());
                out.add(new LogicalRow(cells, List.of(line, next), line));
                i++;
                continue;
            }
            if (kind == Kind.FULL && nextKind == Kind.FULL && nameOnly(line, cells, model)) {
                // a tabbed line holding only the head of the name below (cells written empty around it)
                String label = line.filled().get(0).text();
                int head = headedColumn(wrapped, label, null, aligned[i + 1], model);
                if (head >= 0 && head == filledColumn(cells)) { // the head stands over its tail
                    out.add(headed(aligned[i + 1], head, label, line, next));
                    i++;
                    continue;
                }
            }
            if (kind == Kind.LABEL_ONLY) {
                String label = line.filled().get(0).text();
                boolean numbersTakeTheLabelBelow = i + 2 < data.size() && kinds[i + 2] == Kind.LABEL_ONLY;
                boolean continues = !out.isEmpty() && adjacent(out.get(out.size() - 1), line);
                String above = continues ? labelOf(out.get(out.size() - 1).cells(), model) : null;
                int head = nextKind == Kind.FULL ? headedColumn(wrapped, label, above, aligned[i + 1], model) : -1;
                if (nextKind == Kind.NUMBERS_ONLY && !(numbersTakeTheLabelBelow && continues)) {
                    String[] nextCells = aligned[i + 1];
                    setLabel(nextCells, model, label);
                    out.add(new LogicalRow(nextCells, List.of(line, next), next));
                    i++;
                } else if (head >= 0) {
                    out.add(headed(aligned[i + 1], head, label, line, next));
                    i++;
                } else if (Labels.ordinal(label) || wrapped.spoils(above, label)) {
                    // no wrapped tail opens with an ordinal, nor spoils a known label: a row without amounts
                    out.add(new LogicalRow(ownRow(cells, model), List.of(line), line));
                } else if (!out.isEmpty() && adjacent(out.get(out.size() - 1), line)) {
                    LogicalRow prev = out.remove(out.size() - 1);
                    String[] pc = prev.cells();
                    appendLabel(pc, model, label);
                    List<TableLine> ls = new ArrayList<>(prev.lines());
                    ls.add(line);
                    out.add(new LogicalRow(pc, ls, prev.amountLine()));
                } else {
                    pendingLabel = label;
                    pendingLine = line;
                    pendingCells = cells;
                }
                continue;
            }
            if (pendingLabel != null) {
                prependLabel(cells, model, pendingLabel);
                out.add(new LogicalRow(cells, List.of(pendingLine, line), line));
                pendingLabel = null;
                pendingLine = null;
                pendingCells = null;
                continue;
            }
            out.add(new LogicalRow(cells, List.of(line), line));
        }
        if (pendingLine != null) {
            out.add(new LogicalRow(pendingCells, List.of(pendingLine), pendingLine));
        }
        return out;
    }

    /** The line's cells by the header's columns, its codes and names in their order ({@link KeyColumns}). */
    private static String[] byHeader(TableLine line, ColumnModel model) {
        return KeyColumns.inOrder(line, model, model.align(line));
    }

    /** {@code cells} (the line's cells by the header's columns) with its numbers placed where the table's rows show. */
    private static String[] placed(TableLine line, String[] cells, NumberColumns numbers) {
        return numbers == null ? cells : numbers.place(line, cells);
    }

    /**
     * The name column of the full line below whose name a label alone on its line heads ({@link WrappedName#heads}),
     * or that it must head because appending it to the row above ({@code above}: that row's name, or null) would
     * spoil that row's known label ({@code 合计} + {@code 新乡县医}) unless it opens with an ordinal (then it is a row
     * of its own); -1 when it does not head the row below.
     */
    private static int headedColumn(WrappedName wrapped, String label, String above, String[] below,
                                    ColumnModel model) {
        int first = -1;
        for (int c = 0; c < below.length; c++) {
            String name = below[c];
            Column.Role role = model.column(c).role();
            if (role == Column.Role.MEASURE || role == Column.Role.ROWNO || name.isEmpty() || !Labels.hasWord(name)) {
                continue; // a name may stand in a code column (合计, merged cells) or in a unit column (项目单位)
            }
            if (wrapped.heads(label, name)) {
                return c;
            }
            first = first < 0 ? c : first;
        }
        return wrapped.spoils(above, label) && !Labels.ordinal(label) ? first : -1;
    }

    /** The row of {@code below}, its cell {@code column} headed by {@code head} from the line above. */
    private static LogicalRow headed(String[] below, int column, String head, TableLine headLine, TableLine line) {
        below[column] = head + below[column];
        return new LogicalRow(below, List.of(headLine, line), line);
    }

    /**
     * {@code cells}, whose one filled cell is a label alone on its line, with that label in the name column of its
     * segment where position put it elsewhere (an amount column a wide label reached into); the label dropped when the
     * segment has no name column before it.
     */
    private static String[] ownRow(String[] cells, ColumnModel model) {
        int c = filledColumn(cells);
        if (c < 0 || c >= model.width() || model.column(c).role() == Column.Role.NAME) {
            return cells;
        }
        String label = cells[c];
        cells[c] = "";
        for (int n = c - 1; n >= 0 && model.column(n).segment() == model.column(c).segment(); n--) {
            if (model.column(n).role() == Column.Role.NAME) {
                cells[n] = label;
                break;
            }
        }
        return cells;
    }

    /** The name a row's label would be appended to ({@link #appendLabel}). */
    private static String labelOf(String[] cells, ColumnModel model) {
        return cells[nameColumn(cells, model)];
    }

    /** A tabbed line whose one filled cell is a name (no code, no number) outside the amount and 行次 columns. */
    private static boolean nameOnly(TableLine line, String[] cells, ColumnModel model) {
        if (!line.tabbed() || line.filled().size() != 1) {
            return false;
        }
        String t = line.filled().get(0).text();
        if (!Labels.hasWord(t) || ClassCodes.normalise(t).isPresent() || TableReading.looksNumeric(t)) {
            return false;
        }
        int c = filledColumn(cells);
        return c >= 0 && model.column(c).role() != Column.Role.MEASURE && model.column(c).role() != Column.Role.ROWNO;
    }

    private static int filledColumn(String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    private static boolean adjacent(LogicalRow prev, TableLine line) {
        return line.number() - prev.lines().get(prev.lines().size() - 1).number() <= 2;
    }

    private static Kind kind(TableLine line, String[] cells, ColumnModel model) {
        List<Cell> filled = line.filled();
        boolean amounts = false;
        boolean text = false;
        for (int c = 0; c < cells.length; c++) {
            String t = cells[c];
            if (t.isEmpty()) {
                continue;
            }
            Column.Role role = model.column(c).role();
            if ((role == Column.Role.MEASURE || role == Column.Role.UNKNOWN) && TableReading.looksNumeric(t)) {
                amounts = true;
            } else if (role != Column.Role.ROWNO && Labels.hasWord(t) || ClassCodes.normalise(t).isPresent()) {
                text = true;
            }
        }
        if (amounts && !text) {
            return Kind.NUMBERS_ONLY;
        }
        if (!amounts && !line.tabbed() && filled.size() == 1 && Labels.hasWord(filled.get(0).text())
                && Labels.compact(filled.get(0).text()).length() <= MAX_CONTINUATION
                && ClassCodes.normalise(filled.get(0).text()).isEmpty()) {
            return Kind.LABEL_ONLY;
        }
        return Kind.FULL;
    }

    private static int nameColumn(String[] cells, ColumnModel model) {
        int fallback = -1;
        for (int c = 0; c < cells.length; c++) {
            Column.Role role = model.column(c).role();
            if (role == Column.Role.NAME) {
                if (!cells[c].isEmpty()) {
                    return c;
                }
                if (fallback < 0) {
                    fallback = c;
                }
            }
        }
        return Math.max(fallback, 0);
    }

    private static void setLabel(String[] cells, ColumnModel model, String label) {
        int c = nameColumn(cells, model);
        cells[c] = cells[c].isEmpty() ? label : cells[c] + label;
    }

    private static void appendLabel(String[] cells, ColumnModel model, String label) {
        int c = nameColumn(cells, model);
        cells[c] = cells[c] + label;
    }

    private static void prependLabel(String[] cells, ColumnModel model, String label) {
        int c = nameColumn(cells, model);
        cells[c] = label + cells[c];
    }
}
