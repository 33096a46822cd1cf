package org.fiscallens.checks;

import org.fiscallens.catalog.CatalogEntry;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Amounts stated in the prose against the same figures in the tables ({@code prose-table.json}), and 三公
 * amounts of the prose against the 三公 table. Where a table prints only the children of a code, their sum
 * is compared and the message says so. A prose figure is allowed half a unit of the last digit it prints
 * (9.9万元 against 98593 元 passes), so only real disagreements fail.
 */
final class ProseVsTableRule implements CheckRule {
    private final CheckData.ProseTable data = CheckData.load("prose-table.json", CheckData.ProseTable.class);

    @Override
    public String key() {
        return "prose_vs_table";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Figures figures = ctx.figures();
        boolean budget = ctx.info().kind() == DocKind.BUDGET;
        for (NarrativeFact f : ctx.facts()) {
            if (f.value() == null || !"元".equals(f.unit()) || f.subject() == null) {
                continue;
            }
            boolean amountKind = "amount".equals(f.factKind()) || (budget && "initial_budget".equals(f.factKind()));
            if ("three_public".equals(f.statement()) && f.subject().startsWith("three_public.")) {
                threePublic(ctx, figures, f, budget, out);
                continue;
            }
            if (!amountKind) {
                continue;
            }
            boolean isCode = org.fiscallens.catalog.FunctionCodes.isClassCode(f.subject());
            for (CheckData.Mapping m : data.mappings()) {
                if (!m.statements().contains(f.statement())
                        || !(isCode ? "code".equals(m.subject()) : m.subject().equals(f.subject()))) {
                    continue;
                }
                for (CheckData.Target t : m.targets()) {
                    Optional<Figure> fig = "code".equals(t.row())
                            ? codeFigure(figures, t, f.subject())
                            : figures.first(t.table(), "plain", t.row(), t.measure(), null).map(Figure::of);
                    fig.ifPresent(x -> out.add(compare(ctx, f, x)));
                }
            }
        }
        return out;
    }

    private void threePublic(CheckContext ctx, Figures figures, NarrativeFact f, boolean budgetDoc, List<Check> out) {
        String category = f.subject().substring("three_public.".length());
        String measure = switch (f.factKind()) {
            case "amount" -> budgetDoc ? "budget" : "actual";
            case "initial_budget", "adjusted_budget" -> "budget";
            default -> null;
        };
        if (measure == null) {
            return;
        }
        figures.find("three_public", null, category, null, null).stream()
                .filter(i -> measure.equals(i.measure()) || measure.equals(i.columnGroup()))
                .findFirst().ifPresent(i -> out.add(compare(ctx, f, Figure.of(i))));
    }

    private static Optional<Figure> codeFigure(Figures figures, CheckData.Target t, String code) {
        Optional<LineItem> row = figures.first(t.table(), "function", code, t.measure(), null);
        if (row.isPresent()) {
            return row.map(Figure::of);
        }
        List<LineItem> children = figures.ofKind(t.table()).stream()
                .filter(i -> "function".equals(i.classification())
                        && Objects.equals(t.measure(), i.measure()) && i.code() != null
                        && i.code().length() > code.length() && i.code().startsWith(code))
                .toList();
        int depth = children.stream().mapToInt(i -> i.code().length()).min().orElse(0);
        List<LineItem> level = children.stream().filter(i -> i.code().length() == depth).toList();
        if (level.isEmpty()) {
            return Optional.empty();
        }
        LineItem any = level.get(0);
        String levelName = CatalogEntry.levelOf("function", any.code());
        return Optional.of(new Figure(Figures.sum(level), Figures.lines(level),
                (any.tableCode() == null ? any.tableKind() : any.tableCode() + " " + any.tableKind())
                        + " Σ of " + level.size() + " " + levelName + " rows",
                ChineseLabels.table(any) + " 其下 " + level.size() + " 个" + levelName + "级科目之和"));
    }

    private static Check compare(CheckContext ctx, NarrativeFact f, Figure fig) {
        BigDecimal tolerance = ctx.tolerances().forSameFigure(ctx.info().sourceUnit()).max(printedHalfUnit(f.value()));
        List<Integer> lines = new ArrayList<>(List.of(f.sourceLine()));
        lines.addAll(fig.lines());
        String name = abbreviate(f.subjectName());
        String stated = Comparisons.show(ctx, f.value());
        String printed = Comparisons.show(ctx, fig.amount());
        return Comparisons.amounts(ctx, "prose_vs_table", f.subject() + ":" + f.statement() + ":" + f.factKind(),
                fig.amount(), f.value(), tolerance, lines,
                new CheckText("prose «" + name + "» " + stated + " (line " + f.sourceLine() + ", " + f.statement()
                        + ") vs " + fig.label() + " " + printed + " (line " + fig.lines().get(0) + ")",
                        "文中«" + name + "» " + stated + "（第 " + f.sourceLine() + " 行，" + ChineseLabels.statement(f.statement())
                                + "）与 " + fig.labelZh() + " " + printed + "（第 " + fig.lines().get(0) + " 行）"));
    }

    /**
     * Half a unit of the last digit the prose printed, read off the value in 元: 236.88万元 = 2368800 元 → 50 元,
     * 9.9万元 = 99000 元 → 500 元; at most half a 万元 (a whole number of 万元).
     */
    static BigDecimal printedHalfUnit(BigDecimal yuan) {
        if (yuan.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = yuan.stripTrailingZeros();
        int zeros = Math.min(4, Math.max(0, -v.scale()));
        return BigDecimal.ONE.movePointRight(zeros).divide(BigDecimal.valueOf(2));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A table figure: one row, or the sum of the rows one level down, named in English and in Chinese. */
    record Figure(BigDecimal amount, List<Integer> lines, String label, String labelZh) {
        static Figure of(LineItem i) {
            return new Figure(i.amount(), List.of(i.sourceLine()),
                    (i.tableCode() == null ? i.tableKind() : i.tableCode() + " " + i.tableKind()), ChineseLabels.table(i));
        }
    }
}
