package org.fiscallens.ingest.threepublic;

import java.math.BigDecimal;

/**
 * One 三公经费 figure: a category's budget or actual amount, or a count that explains it.
 *
 * @param docId        document id
 * @param category     {@code total}, {@code overseas} (因公出国（境）), {@code vehicle} (公务用车购置及运行维护),
 *                     {@code vehicle_purchase}, {@code vehicle_operation}, {@code reception} (公务接待)
 * @param measure      {@code budget}, {@code actual}, {@code prior_actual}, {@code prior_budget},
 *                     {@code initial_budget} (a 年初预算 stated in a final account's prose),
 *                     or a count: {@code vehicles_held} (保有量), {@code vehicles_bought}, {@code batches}
 *                     (批次), {@code persons} (人次), {@code groups} (团组)
 * @param amount       in 元 for amount measures, else null
 * @param quantity     the count for count measures, else null
 * @param quantityUnit 辆, 批次, 人次, 个, 人; null for amounts
 * @param source       {@code table} or {@code narrative}
 * @param sourceLine   1-based line
 * @param rawLine      the line (or sentence) as written
 */
public record ThreePublicExpense(String docId, String category, String measure, BigDecimal amount,
                                 BigDecimal quantity, String quantityUnit, String source, int sourceLine,
                                 String rawLine) {
}
