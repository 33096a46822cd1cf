package org.fiscallens.checks;

import org.fiscallens.ingest.table.LineItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 收入总计 = 支出总计 in the summary tables (收支总表, 财政拨款收支总表): the two sides of a balanced statement.
 * (本年收入合计 and 本年支出合计 may differ by carry-overs and are not compared.)
 */
final class IncomeEqualsExpenditureRule implements CheckRule {
    @Override
    public String key() {
        return "income_equals_expenditure";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Figures f = ctx.figures();
        for (var table : f.byTable().entrySet()) {
            List<LineItem> items = table.getValue();
            Optional<LineItem> income = items.stream().filter(i -> "grand_total".equals(i.code())
                    && "income".equals(i.columnGroup())).findFirst();
            Optional<LineItem> expenditure = items.stream().filter(i -> "grand_total".equals(i.code())
                    && "expenditure".equals(i.columnGroup()) && ("total".equals(i.measure()) || i.measure() == null)).findFirst();
            if (expenditure.isEmpty()) {
                expenditure = items.stream().filter(i -> "grand_total".equals(i.code())
                        && "expenditure".equals(i.columnGroup())).findFirst();
            }
            if (income.isPresent() && expenditure.isPresent()) {
                LineItem in = income.get();
                LineItem ex = expenditure.get();
                out.add(Comparisons.amounts(ctx, key(), "grand_total@" + table.getKey().label(), in.amount(), ex.amount(),
                        ctx.tolerances().forSameFigure(ctx.info().sourceUnit()), List.of(in.sourceLine(), ex.sourceLine()),
                        new CheckText(table.getKey().label() + " 收入总计 " + Comparisons.show(ctx, in.amount())
                                + " vs 支出总计 " + Comparisons.show(ctx, ex.amount()),
                                ChineseLabels.table(in) + " 收入总计 " + Comparisons.show(ctx, in.amount()) + "，支出总计 "
                                        + Comparisons.show(ctx, ex.amount()))));
            }
        }
        return out;
    }
}
