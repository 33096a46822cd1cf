package org.fiscallens.checks;

import org.fiscallens.catalog.CatalogEntry;
import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 类 = Σ款 and 款 = Σ项 (function codes), 类 = Σ款 (economic codes), within one table, measure and column
 * group, to the rounding of the summed figures.
 */
final class ParentEqualsChildrenRule implements CheckRule {
    @Override
    public String key() {
        return "parent_equals_children";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        for (var table : ctx.figures().byTable().entrySet()) {
            String label = table.getKey().label();
            Map<Figures.Group, List<LineItem>> groups = new LinkedHashMap<>();
            for (LineItem i : table.getValue()) {
                if (Figures.coded(i)) {
                    groups.computeIfAbsent(Figures.Group.of(i), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<LineItem> group : groups.values()) {
                Map<String, List<LineItem>> byParent = new java.util.HashMap<>();
                for (LineItem c : group) {
                    String parentCode = CatalogEntry.parentOf(c.code());
                    if (parentCode != null) {
                        byParent.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(c);
                    }
                }
                for (LineItem parent : group) {
                    List<LineItem> children = byParent.getOrDefault(parent.code(), List.of());
                    if (children.isEmpty()) {
                        continue;
                    }
                    List<Integer> lines = new ArrayList<>(children.size() + 1);
                    lines.add(parent.sourceLine());
                    children.forEach(c -> lines.add(c.sourceLine())); // Comparisons.check sorts and dedups
                    java.math.BigDecimal sum = Figures.sum(children);
                    String stated = Comparisons.show(ctx, parent.amount());
                    String summed = Comparisons.show(ctx, sum);
                    out.add(Comparisons.amounts(ctx, key(), parent.code() + ":" + parent.measure()
                                    + (parent.columnGroup() == null ? "" : ":" + parent.columnGroup()) + "@" + label,
                            sum, parent.amount(),
                            ctx.tolerances().forSum(ctx.info().sourceUnit(), children.size()), lines,
                            new CheckText(label + " " + parent.level() + " " + parent.code() + " " + parent.name()
                                    + " (" + parent.measure() + ") states " + stated
                                    + "; its " + children.size() + " children sum to " + summed,
                                    ChineseLabels.table(parent) + " " + parent.level() + " " + parent.code() + " "
                                            + parent.name() + "（" + ChineseLabels.measure(parent.measure()) + "列）为 "
                                            + stated + "，其下 " + children.size() + " 个子项合计 " + summed)));
                }
            }
        }
        return out;
    }
}
