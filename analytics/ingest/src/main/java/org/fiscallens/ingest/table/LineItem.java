package org.fiscallens.ingest.table;

import java.math.BigDecimal;

/**
 * One numeric cell of a statutory table (表格数据行的一个金额), with where it came from.
 *
 * @param docId          document id
 * @param tableKind      canonical table kind key from the descriptor registry, e.g.
 *                       {@code income_expenditure_summary} (收入支出总表), {@code expenditure} (支出表),
 *                       {@code basic_expenditure_economic} (基本支出经济分类表), {@code three_public} (三公表)
 * @param tableCode      the number the document gives the table (公开05表, 预算05表, 表5), or null
 * @param tableTitle     the title line as written
 * @param classification {@code function} (支出功能分类), {@code dept_economic} (部门经济分类 301…),
 *                       {@code gov_economic} (政府经济分类 501…), or {@code plain} (a row with no code)
 * @param code           normalised code: function codes 3/5/7 digits (类/款/项, "210 15 01" becomes 2101501),
 *                       economic codes 3/5 digits; null for plain rows
 * @param name           row label as written, with wrapping and OCR spaces removed
 * @param level          {@code 类}, {@code 款}, {@code 项} for function codes; {@code 类}/{@code 款} for
 *                       economic codes; null for plain rows
 * @param measure        canonical column key, e.g. {@code total}, {@code basic}, {@code project},
 *                       {@code fiscal}, {@code personnel}, {@code public}, {@code budget}, {@code actual}
 * @param columnGroup    side-by-side column group the cell belongs to (e.g. 人员经费 / 公用经费 in 06表,
 *                       收入 / 支出 in 01表), or null
 * @param amount         exact amount in 元 (converted from the table's unit); never null
 * @param sourceLine     1-based line the amount was read from
 * @param rawLine        that line as written
 */
public record LineItem(String docId, String tableKind, String tableCode, String tableTitle,
                       String classification, String code, String name, String level, String measure,
                       String columnGroup, BigDecimal amount, int sourceLine, String rawLine) {
}
