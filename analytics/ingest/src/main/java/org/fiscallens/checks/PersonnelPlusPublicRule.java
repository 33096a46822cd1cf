package org.fiscallens.checks;

import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 人员经费 + 公用经费 = 基本支出: in the tables (基本支出明细表 人员经费合计 + 公用经费合计 against the 基本支出 of the
 * 合计 row of the expenditure tables) and in the prose (facts of one statement).
 */
final class PersonnelPlusPublicRule implements CheckRule {
    private static final List<String> BASIC_TABLES = List.of("general_budget_expenditure", "expenditure",
            "basic_expenditure_function", "basic_expenditure_economic");

    @Override
    public String key() {
        return "personnel_plus_public_equals_basic";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Figures f = ctx.figures();
        Optional<LineItem> personnel = ctx.lineItems().stream().filter(i -> "plain".equals(i.classification())
                && "personnel".equals(i.code())).findFirst();
        Optional<LineItem> pub = ctx.lineItems().stream().filter(i -> "plain".equals(i.classification())
                && "public".equals(i.code())).findFirst();
        if (personnel.isPresent() && pub.isPresent()) {
            for (String table : BASIC_TABLES) {
                Optional<LineItem> basic = f.first(table, "plain", "total", "basic", null)
                        .or(() -> f.first(table, "plain", "basic", null, null))
                        .or(() -> "basic_expenditure_function".equals(table) || "basic_expenditure_economic".equals(table)
                                ? f.first(table, "plain", "total", "total", null) : Optional.empty());
                if (basic.isPresent()) {
                    var sum = personnel.get().amount().add(pub.get().amount());
                    out.add(Comparisons.amounts(ctx, key(), "basic@" + table, basic.get().amount(), sum,
                            ctx.tolerances().forSum(ctx.info().sourceUnit(), 2),
                            List.of(personnel.get().sourceLine(), pub.get().sourceLine(), basic.get().sourceLine()),
                            new CheckText("人员经费合计 " + Comparisons.show(ctx, personnel.get().amount()) + " + 公用经费合计 "
                                    + Comparisons.show(ctx, pub.get().amount()) + " = " + Comparisons.show(ctx, sum)
                                    + " vs 基本支出 " + Comparisons.show(ctx, basic.get().amount()) + " in " + table,
                                    "人员经费合计 " + Comparisons.show(ctx, personnel.get().amount()) + " + 公用经费合计 "
                                            + Comparisons.show(ctx, pub.get().amount()) + " = " + Comparisons.show(ctx, sum)
                                            + "，" + ChineseLabels.table(basic.get()) + " 基本支出 "
                                            + Comparisons.show(ctx, basic.get().amount()))));
                    break;
                }
            }
        }
        for (NarrativeFact basic : ctx.facts()) {
            if (!"basic".equals(basic.subject()) || basic.value() == null || !Set.of("amount", "initial_budget").contains(basic.factKind())) {
                continue;
            }
            Optional<NarrativeFact> p = fact(ctx, basic, "personnel");
            Optional<NarrativeFact> q = fact(ctx, basic, "public");
            if (p.isPresent() && q.isPresent()) {
                var sum = p.get().value().add(q.get().value());
                out.add(Comparisons.amounts(ctx, key(), "basic:prose:" + basic.statement(), basic.value(), sum,
                        ctx.tolerances().forSum(ctx.info().sourceUnit(), 2),
                        List.of(basic.sourceLine(), p.get().sourceLine(), q.get().sourceLine()),
                        new CheckText("prose: 人员经费 " + Comparisons.show(ctx, p.get().value()) + " + 公用经费 "
                                + Comparisons.show(ctx, q.get().value()) + " vs 基本支出 " + Comparisons.show(ctx, basic.value()),
                                "文中：人员经费 " + Comparisons.show(ctx, p.get().value()) + " + 公用经费 "
                                        + Comparisons.show(ctx, q.get().value()) + "，基本支出 "
                                        + Comparisons.show(ctx, basic.value()))));
            }
        }
        return out;
    }

    private static Optional<NarrativeFact> fact(CheckContext ctx, NarrativeFact basic, String subject) {
        return ctx.facts().stream().filter(f -> subject.equals(f.subject()) && f.value() != null
                && f.factKind().equals(basic.factKind()) && java.util.Objects.equals(f.statement(), basic.statement())
                && Math.abs(f.sourceLine() - basic.sourceLine()) <= 3).findFirst();
    }
}
