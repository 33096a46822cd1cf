package org.fiscallens.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered consistency rules, run in order on one document. A rule that throws does not stop the
 * others: its failure becomes an error check of rule {@code check_failed} naming the exception.
 */
public final class CheckSuite {
    private final List<CheckRule> rules;

    public CheckSuite(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every built-in rule, registered here explicitly. */
    public static CheckSuite standard() {
        return new CheckSuite(List.of(
                new ParentEqualsChildrenRule(),
                new TotalEqualsRowsRule(),
                new CrossTableRule(),
                new IncomeEqualsExpenditureRule(),
                new ProseVsTableRule(),
                new StatedPercentRule(),
                new MalformedAmountRule(),
                new MandatedTablesRule(),
                new ThreePublicSumRule(),
                new ThreePublicWithinEconomicRule(),
                new PersonnelPlusPublicRule(),
                new CodeNameRule()));
    }

    public List<CheckRule> rules() {
        return rules;
    }

    /**
     * Every rule's checks in rule order; a check identical to an earlier one (two rules, or one rule twice, on
     * the same figures) is returned once, so check ids stay unique within a document.
     */
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Map<String, List<Check>> byId = new HashMap<>(); // compared by id first: hashing every field costs more
        for (CheckRule rule : rules) {
            try {
                for (Check c : rule.run(ctx)) {
                    addDistinct(c, out, byId);
                }
            } catch (RuntimeException e) {
                addDistinct(Comparisons.check(ctx, "check_failed", rule.key(), "error", false, null, null, null,
                        List.of(), new CheckText("rule " + rule.key() + " failed: " + e, "校验规则 " + rule.key() + " 运行出错：" + e)),
                        out, byId);
            }
        }
        return out;
    }

    private static void addDistinct(Check c, List<Check> out, Map<String, List<Check>> byId) {
        List<Check> sameId = byId.computeIfAbsent(c.checkId(), id -> new ArrayList<>(1));
        if (!sameId.contains(c)) {
            sameId.add(c);
            out.add(c);
        }
    }
}
