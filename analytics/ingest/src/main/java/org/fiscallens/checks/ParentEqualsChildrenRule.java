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
            Map<String, List<LineItem>> groups = new LinkedHashMap<>();
            for (LineItem i : table.getValue()) {
                if (Figures.coded(i)) {
                    groups.computeIfAbsent(i.classification() + "|" + i.measure() + "|" + i.columnGroup(),
                            k -> new ArrayList<>()).add(i);
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
                    List<Integer> lines = new ArrayList<>(List.of(parent.sourceLine()));
                    lines.addAll(Figures.lines(children));
                    out.add(Comparisons.amounts(ctx, key(), parent.code() + ":" + parent.measure()
                                    + (parent.columnGroup() == null ? "" : ":" + parent.columnGroup()) + "@" + table.getKey().label(),
                            Figures.sum(children), parent.amount(),
                            ctx.tolerances().forSum(ctx.info().sourceUnit(), children.size()), lines,
                            table.getKey().label() + " " + parent.level() + " " + parent.code() + " " + parent.name()
                                    + " (" + parent.measure() + ") states " + Comparisons.show(ctx, parent.amount())
                                    + "; its " + children.size() + " children sum to "
                                    + Comparisons.show(ctx, Figures.sum(children))));
                }
            }
        }
        return out;
    }
}
