package org.fiscallens.checks;

import org.fiscallens.catalog.CatalogEntry;
import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table's 合计 row equals the sum of its top-level coded rows (the rows whose parent is not in the table:
 * 类 rows where they are printed, else 款 or 项 rows), per measure and column group.
 */
final class TotalEqualsRowsRule implements CheckRule {
    @Override
    public String key() {
        return "total_equals_rows";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        for (var table : ctx.figures().byTable().entrySet()) {
            List<LineItem> items = table.getValue();
            if (items.stream().noneMatch(i -> "plain".equals(i.classification()) && "total".equals(i.code()))) {
                continue;
            }
            String label = table.getKey().label();
            java.util.Map<Figures.Group, List<LineItem>> coded = new java.util.HashMap<>();
            for (LineItem i : items) {
                if (Figures.coded(i) && (!"function".equals(i.classification()) || i.code().startsWith("2"))) {
                    coded.computeIfAbsent(Figures.Group.of(i), k -> new ArrayList<>()).add(i);
                }
            }
            Set<Total> seenTotals = new HashSet<>();
            for (LineItem total : items) {
                if (!"plain".equals(total.classification()) || !"total".equals(total.code())) {
                    continue;
                }
                if (!seenTotals.add(new Total(total.measure(), total.columnGroup(), total.amount()))) {
                    continue; // the same 合计 repeated on a continuation page
                }
                for (String scheme : Figures.SCHEMES) {
                    List<LineItem> rows = coded.getOrDefault(new Figures.Group(scheme, total.measure(), total.columnGroup()), List.of());
                    Set<String> codes = new HashSet<>();
                    rows.forEach(r -> codes.add(r.code()));
                    List<LineItem> top = rows.stream()
                            .filter(r -> CatalogEntry.parentOf(r.code()) == null || !codes.contains(CatalogEntry.parentOf(r.code())))
                            .toList();
                    if (top.isEmpty()) {
                        continue;
                    }
                    List<Integer> lines = new ArrayList<>(top.size() + 1);
                    lines.add(total.sourceLine());
                    top.forEach(r -> lines.add(r.sourceLine())); // Comparisons.check sorts and dedups
                    java.math.BigDecimal sum = Figures.sum(top);
                    String stated = Comparisons.show(ctx, total.amount());
                    String summed = Comparisons.show(ctx, sum);
                    out.add(Comparisons.amounts(ctx, key(), "total:" + total.measure() + ":" + scheme + "@"
                                    + label, sum, total.amount(),
                            ctx.tolerances().forSum(ctx.info().sourceUnit(), top.size()), lines,
                            new CheckText(label + " 合计 (" + total.measure() + ") states " + stated + "; its "
                                    + top.size() + " top-level " + scheme + " rows sum to " + summed,
                                    ChineseLabels.table(total) + " 合计行（" + ChineseLabels.measure(total.measure())
                                            + "列）为 " + stated + "，其下 " + top.size() + " 个最高级"
                                            + ChineseLabels.scheme(scheme) + "科目合计 " + summed)));
                }
            }
        }
        return out;
    }

    /** A 合计 as printed: measure, column group and amount (a continuation page repeats it). */
    private record Total(String measure, String columnGroup, java.math.BigDecimal amount) {
    }
}
