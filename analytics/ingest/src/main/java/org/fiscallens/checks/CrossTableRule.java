package org.fiscallens.checks;

import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same figure printed in several tables (01表 vs 03表 vs 05表 …) must agree: per function code and per
 * 合计 row, over the table/measure groups of {@code same-figures.json}. Tables of different fund scope
 * (all funds vs 一般公共预算) may differ legitimately by carry-overs: where their figures differ the message says so;
 * it names both tables.
 */
final class CrossTableRule implements CheckRule {
    private final CheckData.SameFigures data = CheckData.load("same-figures.json", CheckData.SameFigures.class);

    @Override
    public String key() {
        return "cross_table";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Figures figures = ctx.figures();
        Set<String> codes = new LinkedHashSet<>();
        for (LineItem i : ctx.lineItems()) {
            if ((Figures.coded(i) && "function".equals(i.classification()))
                    || ("plain".equals(i.classification()) && "total".equals(i.code()))) {
                codes.add(i.code());
            }
        }
        for (CheckData.SameFigureGroup group : data.groups()) {
            for (String code : codes) {
                Map<String, LineItem> found = new LinkedHashMap<>();
                for (CheckData.Member m : group.members()) {
                    String classification = "total".equals(code) ? "plain" : "function";
                    figures.first(m.table(), classification, code, m.measure(), m.group())
                            .ifPresent(i -> found.putIfAbsent(m.table(), i));
                }
                if (found.size() < 2) {
                    continue;
                }
                var it = found.values().iterator();
                LineItem ref = it.next();
                while (it.hasNext()) {
                    LineItem other = it.next();
                    boolean noGap = ref.amount().compareTo(other.amount()) == 0; // a scope note explains a gap only
                    String refShown = Comparisons.show(ctx, ref.amount());
                    String otherShown = Comparisons.show(ctx, other.amount());
                    out.add(Comparisons.amounts(ctx, key(), group.key() + ":" + code + ":" + ref.tableKind() + "~"
                                    + other.tableKind(), ref.amount(), other.amount(),
                            ctx.tolerances().forSameFigure(ctx.info().sourceUnit()),
                            List.of(ref.sourceLine(), other.sourceLine()),
                            new CheckText(label(ref) + " " + refShown + " (line "
                                    + ref.sourceLine() + ") vs " + label(other) + " " + otherShown
                                    + " (line " + other.sourceLine() + ") for "
                                    + ("total".equals(code) ? "合计" : code + " " + ref.name()) + ", " + ref.measure()
                                    + (noGap || sameScope(ref, other) ? "" : " (the tables differ in scope, all funds vs 一般公共预算:"
                                    + " carry-overs or non-fiscal funds can explain a gap)"),
                                    ("total".equals(code) ? "合计行" : code + " " + ref.name()) + "，"
                                            + ChineseLabels.measure(ref.measure()) + "列：" + ChineseLabels.table(ref) + " "
                                            + refShown + "（第 " + ref.sourceLine() + " 行）与 "
                                            + ChineseLabels.table(other) + " " + otherShown
                                            + "（第 " + other.sourceLine() + " 行）"
                                            + (noGap || sameScope(ref, other) ? "" : "（两表口径不同：全部资金与一般公共预算，"
                                            + "结转结余或非财政拨款资金可解释差额）"))));
                }
            }
        }
        return out;
    }

    private boolean sameScope(LineItem a, LineItem b) {
        return data.generalBudgetScope().contains(a.tableKind()) == data.generalBudgetScope().contains(b.tableKind());
    }

    private static String label(LineItem i) {
        return i.tableCode() == null ? i.tableKind() : i.tableCode() + " " + i.tableKind();
    }
}
