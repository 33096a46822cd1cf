package org.fiscallens.checks;

import org.fiscallens.ingest.narrative.NarrativeFact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Percentages stated in the prose against the ones their own figures give: 完成年初预算的 x% (amount ÷ budget),
 * 增长/下降 x% (change ÷ prior, prior = amount − change), 占 x% (amount ÷ the statement's total). The figures
 * are taken from the same subject within a few lines of the percentage. Tolerance: half a unit of the last
 * printed digit; a larger but rounding-level gap is a warning.
 */
final class StatedPercentRule implements CheckRule {
    private static final int NEAR = 3;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final java.util.Map<String, String> shareBase =
            CheckData.load("prose-table.json", CheckData.ProseTable.class).shareBase();

    @Override
    public String key() {
        return "stated_pct";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        java.util.Map<String, List<NarrativeFact>> bySubject = new java.util.HashMap<>(); // document order kept
        for (NarrativeFact f : ctx.facts()) {
            if (f.subject() != null) {
                bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        for (NarrativeFact pct : ctx.facts()) {
            if (pct.value() == null || pct.subject() == null) {
                continue;
            }
            switch (pct.factKind()) {
                case "completion_pct" -> {
                    Optional<NarrativeFact> amount = near(bySubject, pct, List.of("amount"), pct.subject());
                    Optional<NarrativeFact> budget = near(bySubject, pct, List.of("initial_budget", "adjusted_budget"), pct.subject());
                    if (amount.isPresent() && budget.isPresent() && budget.get().value().signum() != 0) {
                        BigDecimal computed = amount.get().value().multiply(HUNDRED).divide(budget.get().value(), MC);
                        out.add(compare(ctx, pct, computed, List.of(amount.get(), budget.get()),
                                new CheckText("completion: " + plain(amount.get()) + " ÷ " + plain(budget.get()),
                                        "完成率 = " + plainZh(amount.get()) + " ÷ " + plainZh(budget.get()))));
                    }
                }
                case "change_pct" -> {
                    Optional<NarrativeFact> amount = near(bySubject, pct, List.of("amount", "initial_budget"), pct.subject());
                    Optional<NarrativeFact> change = near(bySubject, pct, List.of("change_amount"), pct.subject());
                    if (amount.isPresent() && change.isPresent()) {
                        BigDecimal prior = amount.get().value().subtract(change.get().value());
                        if (prior.signum() != 0 && change.get().value().signum() == pct.value().signum()) {
                            BigDecimal computed = change.get().value().multiply(HUNDRED).divide(prior, MC);
                            out.add(compare(ctx, pct, computed, List.of(amount.get(), change.get()),
                                    new CheckText("change: " + plain(change.get()) + " ÷ prior " + Comparisons.plain(prior) + " 元",
                                            "增减幅度 = " + plainZh(change.get()) + " ÷ 上年 " + Comparisons.plain(prior) + " 元")));
                        }
                    }
                }
                case "share_pct" -> {
                    Optional<NarrativeFact> amount = near(bySubject, pct, List.of("amount", "initial_budget"), pct.subject());
                    Optional<NarrativeFact> base = "total".equals(pct.subject()) ? Optional.empty() : baseOf(bySubject, pct);
                    if (amount.isPresent() && base.isPresent() && base.get().value().signum() != 0) {
                        BigDecimal computed = amount.get().value().multiply(HUNDRED).divide(base.get().value(), MC);
                        out.add(compare(ctx, pct, computed, List.of(amount.get(), base.get()),
                                new CheckText("share: " + plain(amount.get()) + " ÷ " + plain(base.get()),
                                        "占比 = " + plainZh(amount.get()) + " ÷ " + plainZh(base.get()))));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private Check compare(CheckContext ctx, NarrativeFact pct, BigDecimal computed, List<NarrativeFact> from, CheckText how) {
        List<Integer> lines = new ArrayList<>(List.of(pct.sourceLine()));
        from.forEach(f -> lines.add(f.sourceLine()));
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(0, pct.value().scale())).divide(BigDecimal.valueOf(2))
                .add(ctx.tolerances().percentStated());
        BigDecimal diff = computed.subtract(pct.value()).abs();
        boolean passed = diff.compareTo(tolerance) <= 0;
        String severity = passed ? "info" : diff.compareTo(tolerance.add(ctx.tolerances().percentBand())) <= 0 ? "warning" : "error";
        String points = diff.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        BigDecimal shown = computed.setScale(Math.max(2, pct.value().scale()) + 2, java.math.RoundingMode.HALF_UP);
        return Comparisons.check(ctx, key(), pct.subject() + ":" + pct.statement() + ":" + pct.factKind(), severity, passed,
                shown, pct.value(), tolerance, lines, new CheckText((passed ? "agrees: " : "differs by " + points + " points: ")
                        + "stated " + pct.value().toPlainString() + "% (line " + pct.sourceLine() + ") vs computed "
                        + shown.toPlainString() + "% from " + how.en(),
                        (passed ? "一致：" : "相差 " + points + " 个百分点：") + "文中 " + pct.value().toPlainString()
                                + "%（第 " + pct.sourceLine() + " 行），计算为 " + shown.toPlainString() + "%，" + how.zh()));
    }

    /**
     * The nearest fact of the subject at or before the percentage, trying the kinds in order of preference
     * ({@code bySubject}: the document's facts per subject, in document order).
     */
    private static Optional<NarrativeFact> near(java.util.Map<String, List<NarrativeFact>> bySubject, NarrativeFact pct,
                                                List<String> kinds, String subject) {
        List<NarrativeFact> facts = bySubject.getOrDefault(subject, List.of());
        for (String kind : kinds) {
            Optional<NarrativeFact> f = facts.stream()
                    .filter(x -> x != pct && x.value() != null && kind.equals(x.factKind())
                            && Objects.equals(x.statement(), pct.statement()))
                    .filter(x -> x.sourceLine() <= pct.sourceLine() && pct.sourceLine() - x.sourceLine() <= NEAR)
                    .max(Comparator.comparingInt(NarrativeFact::sourceLine));
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private Optional<NarrativeFact> baseOf(java.util.Map<String, List<NarrativeFact>> bySubject, NarrativeFact pct) {
        String parent = shareBase.getOrDefault(pct.subject(), "total");
        return bySubject.getOrDefault(parent, List.of()).stream()
                .filter(f -> f.value() != null
                        && Set.of("amount", "initial_budget").contains(f.factKind())
                        && Objects.equals(f.statement(), pct.statement()))
                .filter(f -> f.sourceLine() <= pct.sourceLine() && pct.sourceLine() - f.sourceLine() <= 2 * NEAR)
                // the nearest line above; on it, what was spent or received before what was budgeted (年初预算数
                // 1,553.84万元，决算数1,228.09万元: a part's 占 is of the 决算数)
                .max(Comparator.comparingInt(NarrativeFact::sourceLine).thenComparing(f -> f.factKind().equals("amount")));
    }

    private static String plain(NarrativeFact f) {
        return Comparisons.plain(f.value()) + " 元 (" + f.factKind() + ", line " + f.sourceLine() + ")";
    }

    private static String plainZh(NarrativeFact f) {
        return Comparisons.plain(f.value()) + " 元（" + ChineseLabels.factKind(f.factKind()) + "，第 " + f.sourceLine() + " 行）";
    }
}
