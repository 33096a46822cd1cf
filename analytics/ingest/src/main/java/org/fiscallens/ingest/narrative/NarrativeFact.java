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
 *                    {@code three_public.vehicle_operation} etc. Further keys: {@code name:类/款/项} (function
 *                    items named without code, resolved by the parser), {@code econ:301} / {@code gov_econ:505}
 *                    (economic classes), income sources ({@code fiscal}, {@code service}, {@code carryover}, …),
 *                    {@code three_public.reception_domestic} / {@code _foreign} (parts of 公务接待),
 *                    {@code procurement.goods|works|services|sme|small_micro}, staff {@code actual} (实有人数),
 *                    {@code authorized} (编制), {@code in_service}, {@code retired}; assets {@code vehicles},
 *                    {@code vehicles.other} …; performance {@code projects}, {@code evaluated_funds},
 *                    {@code average_score}
 * @param subjectName the subject as the sentence names it
 * @param factKind    {@code amount}, {@code initial_budget} (年初预算), {@code adjusted_budget} (全年预算; also a plain
 *                    预算 of a final account, which the 三公 tables define as the adjusted budget),
 *                    {@code change_amount} (signed, vs the prior year), {@code change_pct} (signed),
 *                    {@code completion_pct} (完成年初预算的 x%), {@code completion_adjusted_pct} (完成(全年)预算的 x%),
 *                    {@code variance_pct} (预决算差异率), {@code share_pct} (占 x%), {@code count}, {@code score},
 *                    {@code prior_amount} (the prior-year figure: amount − stated change, derived by the
 *                    extractor right after the change it comes from). In a budget document (预算) every
 *                    budget figure is an {@code amount}.
 * @param value       the stated value, exact: 元 for amounts, percent points for *_pct (96.31 means 96.31%),
 *                    plain count for counts
 * @param unit        {@code 元}, {@code %}, or the count's unit (人, 辆, 批次, 人次, 个, 台(套), 平方米, 分). For
 *                    three_public counts the unit tells the measure: vehicle+辆 = held (保有量),
 *                    vehicle_purchase+辆 = bought, 批次 = batches, 人次 = persons, 个 = groups
 * @param sourceLine  1-based line of the number
 * @param sentence    the sentence as written
 * @param reason      the reason the document gives (主要原因是…) for this figure, or null; tag it with
 *                    {@link ReasonTags#tag(String)}
 */
public record NarrativeFact(String docId, String statement, String subject, String subjectName, String factKind,
                            BigDecimal value, String unit, int sourceLine, String sentence, String reason) {
}
