package org.fiscallens.ingest.table;

import org.fiscallens.checks.Tolerances;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The sums one table row's amounts must hold, by canonical measure, within the consistency checks' rounding margin
 * ({@link Tolerances}: a row fails where its sum check would be an error, not a rounding warning). Each method
 * returns what fails ({@link RowFailure}: in English and Chinese, naming the measures and amounts in 元), or null when the sum holds or the row prints
 * too little to tell.
 */
final class RowSums {
    private static final Tolerances TOLERANCES = Tolerances.standard();
    /** The measures of a function or economic table's expenditure row: 合计, 基本支出, 项目支出, 人员经费, 公用经费. */
    private static final Set<String> SUMMED = Set.of("total", "basic", "project", "personnel", "public");
    /** The fund sources of a 财政拨款收支总表's 支出 side: 合计 is 一般公共预算 plus 政府性基金 plus 国有资本经营预算. */
    private static final Set<String> FUNDS = Set.of("total", "general_budget", "fiscal", "gov_fund", "state_capital");

    private RowSums() {
    }

    /**
     * What fails in a row of amounts keyed by measure, in {@code unit} (元 or 万元; null reads as 元): 合计 is 基本支出
     * plus 项目支出 and 基本支出 is 人员经费 plus 公用经费, or without a 基本支出 column 合计 is 人员经费 plus 公用经费
     * plus 项目支出; a row printing other amounts too (上缴上级支出, 其他运转类) is held to the sums no other column
     * enters, where it prints every part; a row of fund sources to 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算
     * (a 财政拨款 column beside them is not summed: a table may print it as 其中 under 一般公共预算 or as all of them).
     */
    static RowFailure expenditure(Map<String, LineItem> row, String unit) {
        if (FUNDS.containsAll(row.keySet()) && !SUMMED.containsAll(row.keySet())) {
            return sum(row, unit, "total", "general_budget", "gov_fund", "state_capital");
        }
        if (!SUMMED.containsAll(row.keySet())) {
            // other columns (上缴上级支出, 经营支出 …) count in its 合计 too, but none in 基本支出 or 项目支出
            RowFailure failure = whole(row, unit, "basic", "personnel", "public");
            return failure != null ? failure : whole(row, unit, "project", "project_operating", "project_specific");
        }
        if (row.containsKey("basic")) {
            RowFailure failure = sum(row, unit, "total", "basic", "project");
            return failure != null ? failure : sum(row, unit, "basic", "personnel", "public");
        }
        return sum(row, unit, "total", "personnel", "public", "project"); // without a 基本支出 column
    }

    /**
     * What fails in one measure (预算数 or 决算数) of a 三公 line, keyed by category: 合计 is 因公出国（境）费 plus
     * 公务用车购置及运行费 (or its 购置费 plus 运行费) plus 公务接待费, and 公务用车购置及运行费 is its two parts.
     */
    static RowFailure threePublic(Map<String, LineItem> row, String unit) {
        RowFailure failure = row.containsKey("vehicle")
                ? sum(row, unit, true, "total", "overseas", "vehicle", "reception")
                : sum(row, unit, true, "total", "overseas", "vehicle_purchase", "vehicle_operation", "reception");
        return failure != null ? failure : sum(row, unit, true, "vehicle", "vehicle_purchase", "vehicle_operation");
    }

    /** {@link #sum}, where the row prints the whole and every part (a part's column unread leaves it unchecked). */
    static RowFailure whole(Map<String, LineItem> row, String unit, String whole, String... partNames) {
        for (String part : partNames) {
            if (!row.containsKey(part)) {
                return null;
            }
        }
        return sum(row, unit, whole, partNames);
    }

    /** Null when {@code whole} is the sum of the parts the row prints (or it prints no whole or no part). */
    static RowFailure sum(Map<String, LineItem> row, String unit, String whole, String... partNames) {
        return sum(row, unit, false, whole, partNames);
    }

    /** {@link #sum}; {@code threePublic}: the keys are 三公 categories, not measures. */
    private static RowFailure sum(Map<String, LineItem> row, String unit, boolean threePublic, String whole,
                                  String... partNames) {
        LineItem w = row.get(whole);
        BigDecimal parts = BigDecimal.ZERO;
        int n = 0;
        for (String part : partNames) {
            if (row.get(part) != null && row.get(part).amount() != null) {
                parts = parts.add(row.get(part).amount());
                n++;
            }
        }
        if (w == null || w.amount() == null || n == 0
                || w.amount().subtract(parts).abs().compareTo(
                        TOLERANCES.warningLimit(unit, TOLERANCES.forSum(unit, n + 1))) <= 0) {
            return null;
        }
        return RowFailure.sum(whole, w.amount(), java.util.List.of(partNames), parts, threePublic);
    }
}
