package org.fiscallens.checks;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 三公 figures against their economic-classification lines (30212 因公出国, 30231 公务用车运行维护, 30217 公务接待,
 * 31013 公务用车购置; mapping in {@code prose-table.json}). The basic-expenditure table (基本支出明细表) covers
 * basic spending only, so its line must not exceed the 三公 figure (which also covers project funds); a table
 * covering all spending by economic class (支出经济分类汇总表) must hold at least the 三公 figure. An economic line
 * printed empty counts as 0 when its table is present.
 */
final class ThreePublicWithinEconomicRule implements CheckRule {
    private static final List<String> BASIC_ONLY = List.of("basic_expenditure_economic");
    private static final List<String> ALL_SPENDING = List.of("economic_summary", "general_budget_expenditure_economic");
    private final Map<String, List<String>> codes =
            CheckData.load("prose-table.json", CheckData.ProseTable.class).threePublicEconomic();

    @Override
    public String key() {
        return "three_public_within_economic";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        String measure = ctx.info().kind() == DocKind.BUDGET ? "budget" : "actual";
        for (var e : codes.entrySet()) {
            Optional<ThreePublicExpense> tp = ctx.threePublic().stream()
                    .filter(x -> e.getKey().equals(x.category()) && measure.equals(x.measure()) && x.amount() != null)
                    .min((a, b) -> "table".equals(a.source()) ? -1 : "table".equals(b.source()) ? 1 : 0);
            if (tp.isEmpty()) {
                continue;
            }
            for (String table : concat(BASIC_ONLY, ALL_SPENDING)) {
                Optional<LineItem> anyRow = ctx.lineItems().stream().filter(i -> table.equals(i.tableKind())).findFirst();
                if (anyRow.isEmpty()) {
                    continue;
                }
                List<LineItem> lines = ctx.lineItems().stream().filter(i -> table.equals(i.tableKind())
                        && "dept_economic".equals(i.classification()) && e.getValue().contains(i.code())
                        && ("total".equals(i.measure()) || i.measure() == null)).toList();
                BigDecimal econ = Figures.sum(lines);
                BigDecimal three = tp.get().amount();
                boolean basicOnly = BASIC_ONLY.contains(table);
                boolean passed = basicOnly ? econ.compareTo(three) <= 0 : econ.compareTo(three) >= 0;
                List<Integer> at = new ArrayList<>(List.of(tp.get().sourceLine()));
                at.addAll(Figures.lines(lines));
                String econText = String.join("/", e.getValue()) + " in " + table + " "
                        + (lines.isEmpty() ? "printed empty (0)" : Comparisons.show(ctx, econ));
                String econTextZh = ChineseLabels.table(anyRow.get()) + " 经济分类科目 " + String.join("/", e.getValue()) + " "
                        + (lines.isEmpty() ? "未填数（按 0 计）" : Comparisons.show(ctx, econ));
                boolean rest = passed && econ.compareTo(three) < 0;
                out.add(Comparisons.check(ctx, key(), "three_public." + e.getKey() + "@" + table,
                        passed ? "info" : "warning", passed, basicOnly ? three : econ, basicOnly ? econ : three,
                        BigDecimal.ZERO, at, new CheckText((passed ? "consistent: " : "inconsistent: ") + "三公 " + e.getKey()
                                + " " + measure + " " + Comparisons.show(ctx, three) + " vs economic line " + econText
                                + (basicOnly ? " (basic spending only; it must not exceed the 三公 figure"
                                + (rest ? ", the rest is charged to project funds)" : ")")
                                : " (all spending; it must hold the 三公 figure)"),
                                (passed ? "相符：" : "不相符：") + ChineseLabels.category(e.getKey()) + " "
                                        + ChineseLabels.measure(measure) + " " + Comparisons.show(ctx, three) + "，"
                                        + econTextZh + (basicOnly ? "（仅含基本支出，不应超过三公经费数"
                                        + (rest ? "，其余在项目支出中列支）" : "）")
                                        : "（含全部支出，应不少于三公经费数）"))));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
