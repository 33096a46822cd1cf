package org.fiscallens.checks;

import org.fiscallens.ingest.table.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Within the 三公 table: total = 因公出国 + 公务用车 + 公务接待, and 公务用车 = 购置 + 运行维护, for budget and actual.
 * A category printed empty counts as 0.
 */
final class ThreePublicSumRule implements CheckRule {
    @Override
    public String key() {
        return "three_public_total_equals_categories";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        for (String measure : List.of("budget", "actual")) {
            compare(ctx, measure, "total", List.of("overseas", "vehicle", "reception"), out);
            compare(ctx, measure, "vehicle", List.of("vehicle_purchase", "vehicle_operation"), out);
        }
        return out;
    }

    private void compare(CheckContext ctx, String measure, String parent, List<String> parts, List<Check> out) {
        Optional<LineItem> p = item(ctx, measure, parent);
        if (p.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Integer> lines = new ArrayList<>(List.of(p.get().sourceLine()));
        int found = 0;
        for (String part : parts) {
            Optional<LineItem> i = item(ctx, measure, part);
            if (i.isPresent()) {
                sum = sum.add(i.get().amount());
                lines.add(i.get().sourceLine());
                found++;
            }
        }
        if (found == 0) {
            return;
        }
        out.add(Comparisons.amounts(ctx, key(), "three_public." + parent + ":" + measure, sum, p.get().amount(),
                ctx.tolerances().forSum(ctx.info().sourceUnit(), parts.size()), lines,
                new CheckText("三公 " + measure + " " + parent + " " + Comparisons.show(ctx, p.get().amount()) + " vs Σ "
                        + String.join(" + ", parts) + " = " + Comparisons.show(ctx, sum),
                        "三公经费表 " + ChineseLabels.measure(measure) + "：" + ChineseLabels.category(parent) + " "
                                + Comparisons.show(ctx, p.get().amount()) + "，" + zhParts(parts) + " 之和 "
                                + Comparisons.show(ctx, sum))));
    }

    private static String zhParts(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            b.append(b.length() == 0 ? "" : " + ").append(ChineseLabels.category(part));
        }
        return b.toString();
    }

    private static Optional<LineItem> item(CheckContext ctx, String measure, String category) {
        return ctx.lineItems().stream().filter(i -> "three_public".equals(i.tableKind()) && category.equals(i.code())
                && (measure.equals(i.measure()) || measure.equals(i.columnGroup()))).findFirst();
    }
}
