package org.fiscallens.checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one consistency check on one document (一致性校验).
 *
 * @param docId      document id
 * @param checkId    deterministic id: rule plus what was compared (same inputs, same id)
 * @param rule       stable rule key, e.g. {@code parent_equals_children}, {@code cross_table},
 *                   {@code income_equals_expenditure}, {@code prose_vs_table}, {@code stated_pct},
 *                   {@code malformed_amount}, {@code three_public_within_economic},
 *                   {@code personnel_plus_public_equals_basic}, {@code code_name_mismatch}
 * @param severity   {@code error}, {@code warning} (rounding-level or doubtful), {@code info}
 * @param passed     whether the figures agree within tolerance
 * @param expected   the figure implied by the other side (元, or percent points for percentages); may be null
 * @param actual     the figure as stated; may be null
 * @param tolerance  the allowed absolute difference in the same unit
 * @param lines      1-based source lines involved (both sides)
 * @param subject    what was compared, e.g. a code, {@code total}, {@code three_public.reception}
 * @param message    plain explanation in English naming both sides (figures, lines, tables)
 * @param messageZh  the same explanation in Chinese (校验说明), naming the tables by their printed titles
 */
public record Check(String docId, String checkId, String rule, String severity, boolean passed,
                    BigDecimal expected, BigDecimal actual, BigDecimal tolerance, List<Integer> lines,
                    String subject, String message, String messageZh) {
    public Check {
        lines = List.copyOf(lines);
    }
}
