package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The positional rows of 三公 tables, 预算数 and 决算数 of a line apart: each measure must hold its sums
 * ({@link RowSums#threePublic}), and one that prints no 合计 where the line's other measure prints one is refused too
 * (its first figure may be that 合计, read a column to the right).
 */
final class ThreePublicRowCheck {
    private ThreePublicRowCheck() {
    }

    /** The items of {@code items} refused, in {@code unit}; one {@code row_not_verified} issue per refused measure. */
    static List<LineItem> refused(SourceDocument doc, List<LineItem> items, String unit, List<ParseIssue> issues) {
        Map<List<Object>, Map<String, LineItem>> rows = rows(items);
        Set<List<Object>> linesWithTotal = new HashSet<>(); // lines one of whose measures prints a 合计
        rows.forEach((key, row) -> {
            if (row.containsKey("total")) {
                linesWithTotal.add(key.subList(0, 2));
            }
        });
        List<LineItem> refused = new ArrayList<>();
        for (Map.Entry<List<Object>, Map<String, LineItem>> e : rows.entrySet()) {
            Map<String, LineItem> row = e.getValue();
            LineItem any = row.values().iterator().next();
            if (!row.containsKey("total") && linesWithTotal.contains(e.getKey().subList(0, 2))
                    && row.values().stream().anyMatch(i -> i.amount() != null && i.amount().signum() != 0)) {
                refused.addAll(row.values());
                issues.add(PositionalVerification.notVerified(doc, any,
                        RowFailure.noThreePublicTotal(String.valueOf(e.getKey().get(2))), row.size()));
                continue;
            }
            RowFailure failure = RowSums.threePublic(row, unit);
            if (failure != null) {
                refused.addAll(row.values());
                issues.add(PositionalVerification.notVerified(doc, any, failure, row.size()));
            }
        }
        return refused;
    }

    /** The positional 三公 items by table, line and measure (预算数 / 决算数), each keyed by category. */
    private static Map<List<Object>, Map<String, LineItem>> rows(List<LineItem> items) {
        Map<List<Object>, Map<String, LineItem>> rows = new LinkedHashMap<>();
        for (LineItem i : items) {
            if (PositionalVerification.positional(i) && i.tableKind().equals("three_public") && i.code() != null) {
                rows.computeIfAbsent(List.of(String.valueOf(i.tableTitle()), i.sourceLine(), i.measure()),
                        k -> new LinkedHashMap<>()).putIfAbsent(i.code(), i);
            }
        }
        return rows;
    }
}
