package org.fiscallens.ingest.narrative;

import java.math.BigDecimal;

/**
 * A number stated in a sentence of the document's explanation (情况说明) rather than in a table.
 *
 * @param docId       document id
 * @param statement   which aggregate the sentence speaks of: {@code all_funds} (收支总计), {@code income},
 *                    {@code expenditure}, {@code fiscal} (财政拨款), {@code general_budget} (一般公共预算财政拨款),
 *                    {@code gov_fund}, {@code state_capital}, {@code three_public}, {@code operating_cost}
 *                    (机关运行经费), {@code procurement} (政府采购), {@code assets}, {@code performance}, {@code staff}
 * @param subject     stable key of what is measured: {@code total}, {@code basic}, {@code project},
 *                    {@code personnel}, {@code public}, a 3/5/7-digit function code, or
 *                    {@code three_public.vehicle_operation} etc.
 * @param subjectName the subject as the sentence names it
 * @param factKind    {@code amount}, {@code initial_budget} (年初预算), {@code adjusted_budget} (全年预算),
 *                    {@code change_amount} (signed), {@code change_pct} (signed), {@code completion_pct}
 *                    (完成年初预算的 x%), {@code share_pct} (占 x%), {@code count}, {@code prior_amount}
 * @param value       the stated value, exact: 元 for amounts, percent points for *_pct (96.31 means 96.31%),
 *                    plain count for counts
 * @param unit        {@code 元}, {@code %}, or the count's unit (人, 辆, 批次, 人次, 个)
 * @param sourceLine  1-based line of the sentence
 * @param sentence    the sentence as written
 * @param reason      the reason the document gives (主要原因是…) next to this figure, or null
 */
public record NarrativeFact(String docId, String statement, String subject, String subjectName, String factKind,
                            BigDecimal value, String unit, int sourceLine, String sentence, String reason) {
}
