package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads 三公经费 tables ({@code three_public} reader), whose columns are the categories (合计, 因公出国（境）费,
 * 公务用车购置及运行费 with its 购置 and 运行维护 sub-columns, 公务接待费) and whose column blocks are 预算数 and
 * 决算数. A block starts where a category repeats; its measure is the 预算/决算 label found over it, else
 * {@code budget} in a budget document and {@code actual} in a final account. Categories become the code of a
 * {@code three_public} line item. An amount in a block whose measure stays unknown (more blocks than the layout's
 * column groups) is reported ({@code unmapped_amount}), never read with a guessed or null measure. A space-aligned
 * line that puts two amounts into one column is out of step with the header and is reported whole
 * ({@code misaligned_row}), none of its amounts read.
 */
final class ThreePublicReader {
    private ThreePublicReader() {
    }

    static void read(TableReading r, TableBody body, String docKind) {
        body.header.forEach(l -> r.consume(l.number()));
        if (body.data.isEmpty()) {
            return;
        }
        TableDescriptor d = r.region.descriptor();
        ColumnModel model = HeaderReader.read(body.header, d);
        List<Column> cols = model.columns();
        int[] block = new int[cols.size()];
        Set<String> seen = new HashSet<>();
        int b = 0;
        for (Column c : cols) {
            if (c.role() == Column.Role.MEASURE) {
                String cat = baseCategory(c.measure());
                if (!seen.add(cat)) {
                    b++;
                    seen.clear();
                    seen.add(cat);
                }
            }
            block[c.index()] = b;
        }
        int blocks = b + 1;
        String[] measure = new String[blocks];
        Set<String> used = new HashSet<>();
        for (int k = 0; k < blocks; k++) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Column c : cols) {
                if (block[c.index()] == k && c.group() != null) {
                    votes.merge(c.group(), 1, Integer::sum);
                }
            }
            for (String g : votes.keySet()) {
                if (!used.contains(g)) {
                    measure[k] = g;
                    break;
                }
            }
            if (measure[k] == null) {
                if (blocks == 1) {
                    measure[k] = "budget".equals(docKind) ? "budget" : "actual";
                } else if (k < d.columnGroups().size()) {
                    measure[k] = d.columnGroups().get(k).key();
                }
            }
            used.add(measure[k]);
        }
        List<TableLine> all = new ArrayList<>(body.header);
        all.addAll(body.data);
        int numbered = ThreePublicOrder.numbered(all);
        for (TableLine line : body.data) {
            r.consume(line.number());
            if (TableBody.isColumnNumbers(line)) {
                continue; // the 栏次 line (1 2 3 …) under a header too tall to be searched for it
            }
            String[] cells = model.align(line);
            int crowded = crowded(line, cells);
            Optional<List<ThreePublicOrder.Placed>> inOrder = crowded >= 0
                    ? ThreePublicOrder.read(r, line, d, numbered, docKind) : Optional.empty();
            if (inOrder.isPresent()) { // out of step with the header, but one amount for each of the layout's columns
                inOrder.get().forEach(p -> add(r, line, p.category(), categoryName(p.category(), p.category()), p.measure(),
                        p.amount()));
                continue;
            }
            if (crowded >= 0) {
                r.issue("misaligned_row", "error", line.number(), "this line of " + r.region.title()
                        + " puts the amounts '" + cells[crowded] + "' into one column: its amounts do not line up with"
                        + " the header's columns, so none of them can be placed; not read",
                        r.region.title() + " 此行有多个金额（“" + cells[crowded] + "”）落在同一栏：金额与表头各栏对不齐，"
                                + "均无法对应到栏目，未读取");
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                Column col = model.column(c);
                String t = cells[c];
                if (t.isEmpty()) {
                    continue;
                }
                if (col.role() != Column.Role.MEASURE) {
                    if (TableReading.looksNumeric(t)) {
                        r.issue("unmapped_amount", "error", line.number(), "amount '" + t + "' in a column of "
                                + r.region.title() + " that names no 三公 category; not read",
                                r.region.title() + " 中的金额“" + t + "”所在列不对应任何三公经费类别，未读取");
                    }
                    continue;
                }
                final int blk = block[c];
                if (measure[blk] == null) { // a block beyond 预算数 and 决算数 (a header line lost or garbled)
                    if (TableReading.looksNumeric(t)) { // words there are a header line the search missed
                        r.issue("unmapped_amount", "error", line.number(), "amount '" + t + "' in column "
                                + (c + 1) + " of " + r.region.title() + ": the header does not say whether that"
                                + " column is 预算数 or 决算数; not read",
                                r.region.title() + " 第 " + (c + 1) + " 列的金额“" + t + "”：表头未说明该列是预算数还是决算数，未读取");
                    }
                    continue;
                }
                final String category = baseCategory(col.measure());
                r.amount(t, line.number(), col.header()).ifPresent(v ->
                        add(r, line, category, categoryName(col.header(), category), measure[blk], v));
            }
        }
    }

    /**
     * The column of a space-aligned line into which the header's positions put two or more amounts, or -1. Such a
     * line's amounts are out of step with the columns, and the ones that landed alone may stand one column off too.
     */
    private static int crowded(TableLine line, String[] cells) {
        if (line.tabbed()) {
            return -1;
        }
        for (int c = 0; c < cells.length; c++) {
            String[] words = cells[c].split(" ");
            if (words.length >= 2 && java.util.Arrays.stream(words).allMatch(TableReading::looksNumeric)) {
                return c;
            }
        }
        return -1;
    }

    /** One amount of {@code line} as a 三公 row: {@code category} (its name {@code name}), 预算数 or 决算数, in 元. */
    private static void add(TableReading r, TableLine line, String category, String name, String measure,
                            java.math.BigDecimal amount) {
        RowDraft draft = new RowDraft(r.region, r.tableCode, "three_public", category, name, null, line.number());
        draft.amounts.add(new RowDraft.Amount(measure, null, amount, line.number(), line.raw()));
        r.rows.add(draft);
    }

    private static String baseCategory(String measure) {
        int dot = measure.indexOf('.');
        return dot < 0 ? measure : measure.substring(0, dot);
    }

    private static final Map<String, String> NAMES = Map.of("total", "合计", "overseas", "因公出国（境）费",
            "vehicle", "公务用车购置及运行维护费", "vehicle_purchase", "公务用车购置费",
            "vehicle_operation", "公务用车运行维护费", "reception", "公务接待费");

    private static String categoryName(String header, String category) {
        return NAMES.getOrDefault(category, header);
    }
}
