package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads tables whose rows are labelled amounts ({@code rows} reader): each row's segments (a code and/or name
 * followed by amount columns; 01表 has two side by side) become {@link RowDraft}s carrying the amounts of the
 * segment's measure columns. A row whose cells hold many numbers run together (an OCR dump) is reported, not read.
 */
final class RowsReader {
    private static final Pattern RUN_TOGETHER = Pattern.compile("(\\d+\\.\\d+\\D+){3,}");
    private static final Pattern COUNT_UNIT = Pattern.compile("[(（](辆|台|套|个|人|人次|批次|台[(（]套[)）])[)）]");
    private static final Pattern TOP_ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    private RowsReader() {
    }

    static void read(TableReading r, TableBody body) {
        r.region.descriptor();
        body.header.forEach(l -> r.consume(l.number()));
        if (body.data.isEmpty()) {
            return;
        }
        ColumnModel model = HeaderReader.read(body.header, r.region.descriptor());
        boolean counting = false;
        String section = null;
        List<TableLine> above = new ArrayList<>();
        for (int i = r.region.titleLine() + 1; i < r.region.bodyStart(); i++) {
            above.add(r.line(i));
        }
        above.addAll(body.header);
        for (TableLine h : above) {
            String first = h.filled().isEmpty() ? "" : Labels.compact(h.filled().get(0).text());
            if (TOP_ORDINAL.matcher(first).find()) {
                section = Labels.key(first);
            }
        }
        for (LogicalRow row : RowAssembler.assemble(body.data, model)) {
            row.lines().forEach(l -> r.consume(l.number()));
            if (garbled(r, row)) {
                continue;
            }
            String label = firstLabel(row);
            if (TOP_ORDINAL.matcher(label).find()) {
                counting = COUNT_UNIT.matcher(label).find();
                section = Labels.key(label);
            } else if (COUNT_UNIT.matcher(label).find()) {
                counting = true;
            }
            if (counting) {
                continue; // quantities (车辆数(辆), 台(套)), not amounts
            }
            int before = r.rows.size();
            readRow(r, model, row);
            for (int k = before; k < r.rows.size(); k++) {
                r.rows.get(k).section = section;
            }
        }
    }

    private static String firstLabel(LogicalRow row) {
        for (String c : row.cells()) {
            if (Labels.hasWord(c)) {
                return Labels.compact(c);
            }
        }
        return "";
    }

    private static boolean garbled(TableReading r, LogicalRow row) {
        for (String c : row.cells()) {
            if (c.length() > 40 && RUN_TOGETHER.matcher(c).find()) {
                r.issue("garbled_row", "warning", row.amountLine().number(),
                        "cells of this line of " + r.region.title() + " hold many numbers run together (a garbled"
                                + " copy of the table, as OCR sometimes adds); not read");
                return true;
            }
        }
        return false;
    }

    private static void readRow(TableReading r, ColumnModel model, LogicalRow row) {
        String[] cells = row.cells();
        int segments = 0;
        for (Column c : model.columns()) {
            segments = Math.max(segments, c.segment() + 1);
        }
        String carryLabel = null;
        for (int s = 0; s < segments; s++) {
            List<String[]> codes = new ArrayList<>();   // {class, code, name}
            StringBuilder code = new StringBuilder();
            String codeClass = null;
            String label = null;
            String strayText = null;
            String otherText = null;
            boolean unitRow = false;
            List<RowDraft.Amount> amounts = new ArrayList<>();
            String group = null;
            for (int c = 0; c < Math.max(cells.length, model.width()); c++) {
                Column col = model.column(c);
                if (col.segment() != s) {
                    continue;
                }
                String t = c < cells.length ? cells[c] : "";
                if (group == null) {
                    group = col.group();
                }
                switch (col.role()) {
                    case CODE -> {
                        if (ClassCodes.normalise(t).isPresent() || t.matches("\\d{2}")) {
                            code.append(t.replaceAll("\\s+", ""));
                            codeClass = col.codeClass();
                        } else if (Labels.hasWord(t)) {
                            strayText = t;
                        }
                    }
                    case DEPT -> unitRow |= !t.isEmpty();
                    case IGNORE -> {
                        if (otherText == null && Labels.hasWord(t)) {
                            otherText = t;
                        }
                    }
                    case NAME -> {
                        if (t.matches("\\d{3,}")) {
                            unitRow = true;
                        } else if (!t.isEmpty()) {
                            if (code.length() > 0) {
                                codes.add(new String[]{codeClass, code.toString(), t});
                                code.setLength(0);
                            }
                            if (label == null) {
                                label = t;
                            }
                        }
                    }
                    case MEASURE -> r.amount(t, row.amountLine().number(), col.header())
                            .ifPresent(v -> amounts.add(amount(col, v, row)));
                    case UNKNOWN -> {
                        if (TableReading.looksNumeric(t)) {
                            r.issue("unmapped_amount", "error", row.amountLine().number(), "amount '" + t
                                    + "' stands in a column whose header ('" + col.header() + "') names no known measure"
                                    + " of " + r.layout() + "; not read");
                        }
                    }
                    default -> {
                    }
                }
            }
            if (code.length() > 0) {
                codes.add(new String[]{codeClass, code.toString(), label});
            }
            if (label == null) {
                label = strayText != null ? strayText : otherText;
            }
            if (label == null && codes.isEmpty()) {
                if (amounts.isEmpty() || carryLabel == null) {
                    if (!amounts.isEmpty()) {
                        r.issue("unlabelled_amount", "warning", row.amountLine().number(),
                                "amounts without a row label in " + r.region.title() + "; not read");
                    }
                    continue;
                }
                label = carryLabel;
            }
            if (label != null) {
                carryLabel = label;
            }
            emit(r, row, codes, label, group, amounts, unitRow);
        }
    }

    private static RowDraft.Amount amount(Column col, BigDecimal v, LogicalRow row) {
        return new RowDraft.Amount(col.measure(), col.group(), v, row.amountLine().number(), row.amountLine().raw());
    }

    private static void emit(TableReading r, LogicalRow row, List<String[]> codes, String label, String group,
                             List<RowDraft.Amount> amounts, boolean unitRow) {
        TableDescriptor d = r.region.descriptor();
        int line = row.amountLine().number();
        boolean any = false;
        for (String[] k : codes) {
            String cls = k[0];
            Optional<String> cl = ClassCodes.standard().classify(k[1], cls);
            if (cl.isPresent()) {
                RowDraft draft = new RowDraft(r.region, r.tableCode, cl.get(), k[1], k[2] != null ? k[2] : label,
                        group, line);
                draft.amounts.addAll(amounts);
                r.rows.add(draft);
                any = true;
            }
        }
        if (!any) {
            RowDraft draft = new RowDraft(r.region, r.tableCode, "plain", null, label, group, line);
            draft.wantsCode = codes.isEmpty() && !unitRow && !"none".equals(d.resolve())
                    && RowKeys.standard().keyOf(label == null ? "" : label).isEmpty();
            draft.amounts.addAll(amounts);
            r.rows.add(draft);
        }
    }
}
