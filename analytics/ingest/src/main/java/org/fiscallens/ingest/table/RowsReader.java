package org.fiscallens.ingest.table;

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

    private RowsReader() {
    }

    static void read(TableReading r, TableBody body) {
        body.header.forEach(l -> r.consume(l.number()));
        if (body.data.isEmpty()) {
            return;
        }
        ColumnModel model = HeaderReader.read(body.header, r.region.descriptor());
        boolean spaceAligned = !body.header.isEmpty() && body.header.stream().noneMatch(TableLine::tabbed)
                && !body.data.stream().allMatch(TableLine::tabbed);
        HeaderCheck.Misread misread = spaceAligned ? HeaderCheck.misread(model) : null;
        if (misread != null) {
            int at = body.header.isEmpty() ? r.region.titleLine() : body.header.get(0).number();
            r.issue("header_not_read", "error", at, "the header of " + r.region.title() + " could not be read into"
                    + " columns (" + misread.en() + "; its labels wrap over lines of a narrow page, or stand apart from"
                    + " their columns): its amounts were not read", r.region.title() + " 的表头无法对应到各栏（"
                    + misread.zh() + "；表头文字在窄页面上折行，或与所在栏错位），其金额未读取");
            return;
        }
        java.util.Set<String> headerTexts = new java.util.HashSet<>();
        body.header.forEach(h -> headerTexts.add(Labels.compact(h.raw())));
        List<TableLine> data = new ArrayList<>();
        for (TableLine l : body.data) {
            if (repeatsHeader(l, headerTexts) || TableBody.isColumnNumbers(l)) {
                r.consume(l.number()); // the header repeated where the table continues on the next page
            } else {
                data.add(l);
            }
        }
        boolean counting = false;
        String headerSection = null; // a section row above the body (一、政府采购情况 over its table's header)
        List<TableLine> above = new ArrayList<>();
        for (int i = r.region.titleLine() + 1; i < r.region.bodyStart(); i++) {
            above.add(r.line(i));
        }
        above.addAll(body.header);
        for (TableLine h : above) {
            String first = h.filled().isEmpty() ? "" : Labels.compact(h.filled().get(0).text());
            if (Labels.topOrdinal(first)) {
                headerSection = Labels.key(first);
            }
        }
        SplitRows.Joined joined = SplitRows.join(body.header, data);
        int width = joined.width();
        for (LogicalRow row : RowAssembler.assemble(joined.lines(), model, r.wrapped)) {
            if (RowShape.lostCell(row, width)) {
                r.issue("misaligned_row", "error", row.amountLine().number(), "this line of " + r.region.title()
                        + " has " + RowShape.writtenCells(row.amountLine()) + " cells where the table's other lines have "
                        + width + ", and it ends with an empty cell, so a cell inside it was lost and its amounts"
                        + " cannot be placed in their columns; not read", r.region.title() + " 此行有 "
                        + RowShape.writtenCells(row.amountLine()) + " 个单元格，表中其他行有 " + width
                        + " 个，且末格为空：行内缺了一格，金额无法对应到栏目，未读取");
                continue;
            }
            if (garbled(r, row)) {
                row.lines().forEach(l -> joined.numbers(l).forEach(r::consume));
                continue;
            }
            String label = firstLabel(row);
            if (Labels.topOrdinal(label)) {
                counting = countUnit(label);
            } else if (countUnit(label)) {
                counting = true;
            }
            if (counting) {
                row.lines().forEach(l -> joined.numbers(l).forEach(r::consume));
                continue; // quantities (车辆数(辆), 台(套)), not amounts
            }
            int before = r.rows.size();
            readRow(r, model, row);
            boolean read = false;
            for (int k = before; k < r.rows.size(); k++) {
                RowDraft d = r.rows.get(k);
                d.headerSection = headerSection;
                read |= !d.amounts.isEmpty() || !d.unread.isEmpty();
            }
            if (read || !RowShape.carriesFigures(row)) {
                row.lines().forEach(l -> joined.numbers(l).forEach(r::consume));
            } // else: no column read a figure of the row (a header line lost…); the line audit reports it
        }
    }

    /** {@link #COUNT_UNIT}, tried only on labels holding an opening bracket. */
    private static boolean countUnit(String label) {
        return (label.indexOf('(') >= 0 || label.indexOf('（') >= 0) && COUNT_UNIT.matcher(label).find();
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
                                + " copy of the table, as OCR sometimes adds); not read",
                        r.region.title() + " 此行的单元格里许多数字连在一起（OCR 有时会加入的表格乱码副本），未读取");
                return true;
            }
        }
        return false;
    }

    /**
     * A line of the header again, where the table goes on over a page: one of its lines word for word, if that has two
     * cells or four characters at least. A wrapped name's tail ({@code 款}, {@code 支出}) may read like a line of a
     * header that wraps its labels too, and is data.
     */
    private static boolean repeatsHeader(TableLine line, java.util.Set<String> headerTexts) {
        String text = Labels.compact(line.raw());
        return headerTexts.contains(text) && (line.filled().size() >= 2 || text.length() >= 4);
    }

    /** Whether side {@code segment} of the table has a name column of its own (then it takes no other side's name). */
    private static boolean named(ColumnModel model, int segment) {
        for (Column c : model.columns()) {
            if (c.segment() == segment && c.role() == Column.Role.NAME) {
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
            RowSegment seg = new RowSegment(r, row);
            for (int c = 0; c < Math.max(cells.length, model.width()); c++) {
                Column col = model.column(c);
                if (col.segment() == s) {
                    seg.accept(col, c < cells.length ? cells[c] : "");
                }
            }
            String label = seg.finish();
            if (seg.misaligned) {
                r.issue("misaligned_row", "error", row.amountLine().number(), "the name column of " + r.region.title()
                        + " holds a number on this line: its cells are shifted (a cell lost or added), so its amounts"
                        + " cannot be placed in their columns; not read", r.region.title()
                        + " 此行的名称列是数字：单元格错位（缺少或多出一格），金额无法对应到栏目，未读取");
                return; // the cells after the shift (the rest of the row) are misplaced too
            }
            if (seg.amountInName != null) {
                r.issue("misaligned_row", "error", row.amountLine().number(), "the name '" + seg.amountInName + "' in "
                        + r.region.title() + " holds an amount: cells of other rows or columns were joined into it, so"
                        + " this line's amounts cannot be placed in their columns; not read", r.region.title()
                        + " 此行的名称“" + seg.amountInName + "”含有金额：其他行或列的单元格并入了名称，金额无法对应到栏目，未读取");
                carryLabel = null; // a side after it without a name of its own is not the side before it
                continue;
            }
            if (label == null && seg.codes.isEmpty()) {
                if (seg.amounts.isEmpty() || carryLabel == null || named(model, s)) {
                    if (!seg.amounts.isEmpty()) {
                        r.issue("unlabelled_amount", "warning", row.amountLine().number(),
                                "amounts without a row label in " + r.region.title() + "; not read",
                                r.region.title() + " 中有金额没有行名，未读取");
                    }
                    continue;
                }
                label = carryLabel;
            }
            carryLabel = label;
            emit(r, row, seg, label);
        }
    }

    private static void emit(TableReading r, LogicalRow row, RowSegment seg, String label) {
        TableDescriptor d = r.region.descriptor();
        int line = row.amountLine().number();
        boolean any = false;
        for (RowSegment.Key k : seg.codes) {
            Optional<String> cl = ClassCodes.standard().classify(k.code(), k.classification());
            if (cl.isPresent()) {
                RowDraft draft = new RowDraft(r.region, r.tableCode, cl.get(), k.code(),
                        k.name() != null ? k.name() : label, seg.group, line);
                draft.amounts.addAll(seg.amounts);
                draft.unread.addAll(seg.unread);
                r.rows.add(draft);
                any = true;
            }
        }
        if (!any) {
            RowDraft draft = new RowDraft(r.region, r.tableCode, "plain", null, label, seg.group, line);
            draft.wantsCode = seg.codes.isEmpty() && !seg.unitRow && !"none".equals(d.resolve())
                    && RowKeys.standard().keyOf(label == null ? "" : label).isEmpty();
            draft.amounts.addAll(seg.amounts);
            draft.unread.addAll(seg.unread);
            r.rows.add(draft);
        }
    }
}
