package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads tables of side-by-side code / name / amount triplets ({@code segments} reader, e.g. 基本支出决算明细表
 * with three or four groups across the page). Cells are read in order, not by position, because OCR merges or
 * drops empty cells: a code starts an item, the text after it names it, the number after that is its amount.
 * A code's group (人员经费 / 公用经费) comes from the descriptor's {@code groupByCode}; a total row's group from
 * its label ({@code 公用经费合计}).
 */
final class SegmentsReader {
    private SegmentsReader() {
    }

    private static final class Item {
        String code;
        String name;
        BigDecimal amount;
    }

    static void read(TableReading r, TableBody body) {
        body.header.forEach(l -> r.consume(l.number()));
        TableDescriptor d = r.region.descriptor();
        String measure = d.measures().isEmpty() ? "total" : d.measures().get(0).key();
        String head = null; // a name alone on the line before, which may head the first name of this line
        SplitRows.Joined joined = SplitRows.join(body.header, body.data);
        for (TableLine line : joined.lines()) {
            joined.numbers(line).forEach(r::consume);
            String wrapped = head;
            head = nameAlone(line);
            if (head != null) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            Item cur = null;
            for (Cell c : line.filled()) {
                String t = c.text();
                Optional<String> code = ClassCodes.normalise(t)
                        .filter(x -> ClassCodes.standard().valid(d.classification(), x));
                if (code.isPresent()) {
                    cur = new Item();
                    cur.code = code.get();
                    items.add(cur);
                } else if (TableReading.looksNumeric(t)) {
                    Optional<BigDecimal> v = r.amount(t, line.number(), "决算数");
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (cur == null || cur.amount != null) {
                        r.issue("unlabelled_amount", "warning", line.number(),
                                "amount '" + t + "' follows no code or label in " + r.region.title() + "; not read",
                                r.region.title() + " 中的金额“" + t + "”前没有科目编码或行名，未读取");
                        continue;
                    }
                    cur.amount = v.get();
                } else if (Labels.hasWord(t)) {
                    if (cur != null && cur.code != null && cur.name == null && cur.amount == null) {
                        cur.name = t;
                    } else {
                        cur = new Item();
                        cur.name = t;
                        items.add(cur);
                    }
                }
            }
            if (wrapped != null && !items.isEmpty() && headsName(r.wrapped, wrapped, items.get(0), d)) {
                items.get(0).name = wrapped + items.get(0).name; // 人员经 / 费合计: a name the extractor wrapped
            }
            for (Item it : items) {
                if (it.amount == null) {
                    continue;
                }
                String group = it.code != null ? groupOf(it.code, d.groupByCode())
                        : HeaderReader.longest(Labels.compact(it.name), d.segmentGroups()).orElse(null);
                RowDraft draft = new RowDraft(r.region, r.tableCode, it.code != null ? d.classification() : "plain",
                        it.code, it.name, group, line.number());
                draft.amounts.add(new RowDraft.Amount(measure, group, it.amount, line.number(), line.raw()));
                r.rows.add(draft);
            }
        }
    }

    /** The text of a line holding one name and nothing else (other cells empty), or null. */
    private static String nameAlone(TableLine line) {
        if (line.filled().size() != 1) {
            return null;
        }
        String t = line.filled().get(0).text();
        return Labels.hasWord(t) && ClassCodes.normalise(t).isEmpty() && !TableReading.looksNumeric(t) ? t : null;
    }

    /**
     * Whether {@code head}, a name alone on the line before, starts the name of {@code first}, the line's first item
     * (one without a code): by {@link WrappedName#heads}, or because together they name a group (公用经费合计).
     */
    private static boolean headsName(WrappedName names, String head, Item first, TableDescriptor d) {
        return first.code == null && first.name != null && (names.heads(head, first.name)
                || HeaderReader.longest(Labels.compact(head + first.name), d.segmentGroups()).isPresent());
    }

    private static String groupOf(String code, Map<String, List<String>> byCode) {
        for (Map.Entry<String, List<String>> e : byCode.entrySet()) {
            if (e.getValue().contains(code.substring(0, 3))) {
                return e.getKey();
            }
        }
        return null;
    }
}
