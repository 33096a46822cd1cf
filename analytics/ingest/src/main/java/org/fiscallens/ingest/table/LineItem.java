package org.fiscallens.ingest.table;

import java.math.BigDecimal;

/**
 * One numeric cell of a statutory table (表格数据行的一个金额), with where it came from.
 *
 * @param docId          document id
 * @param tableKind      canonical table kind key from the descriptor registry ({@link TableLayouts}):
 *                       {@code income_expenditure_summary} (收入支出总表), {@code income} (收入表), {@code expenditure}
 *                       (支出表), {@code fiscal_summary} (财政拨款收支总表), {@code general_budget_expenditure}
 *                       (一般公共预算支出表), {@code general_budget_expenditure_economic}, {@code basic_expenditure_function},
 *                       {@code basic_expenditure_economic} (基本支出经济分类表), {@code economic_summary}, {@code gov_fund}
 *                       (政府性基金表), {@code state_capital} (国有资本经营表), {@code three_public} (三公表),
 *                       {@code project_expenditure} (项目支出表), {@code procurement}, {@code public_info} (公开10表)
 * @param tableCode      the number the document gives the table, normalised ({@code 公开05表}, {@code 预算01表},
 *                       {@code 表5}), or null when it gives none
 * @param tableTitle     the title line as written (markdown marks removed)
 * @param classification {@code function} (支出功能分类), {@code dept_economic} (部门经济分类 301…),
 *                       {@code gov_economic} (政府经济分类 501…), {@code three_public}, or {@code plain} (a row with
 *                       no code: totals, income sources, department rows, projects)
 * @param code           function codes 3/5/7 digits (类/款/项; {@code 210 15 01} and split 类/款/项 cells become
 *                       2101501; rows printed without their code get it from the document's other tables by name, or
 *                       for 类 rows from the 类 names); economic codes 3/5 digits; for {@code three_public} the
 *                       category key ({@code total}, {@code overseas}, {@code vehicle}, {@code vehicle_purchase},
 *                       {@code vehicle_operation}, {@code reception}); for {@code plain} rows the canonical row key
 *                       when the label is a known one ({@code total} 合计, {@code grand_total} 总计/收入总计,
 *                       {@code year_total} 本年收入合计/本年支出合计, {@code personnel} 人员经费合计, {@code public}
 *                       公用经费合计, {@code basic}, {@code project}, {@code general_budget}, {@code fiscal},
 *                       {@code carryover_begin}, {@code carryover_end}, {@code procurement}, … see
 *                       {@code ingest/tables/row-keys.tsv}; only the first such row per table, group and measure;
 *                       an item of a carried-over section is keyed under it, {@code carryover_begin.general_budget}
 *                       for 二、上年结转 › （一）一般公共预算拨款), else null
 * @param name           row label as written, with wrapping and OCR spaces and leading ordinals (一、 （三）)
 *                       removed; for {@code three_public} the category's Chinese name
 * @param level          {@code 类}, {@code 款}, {@code 项} for function codes; {@code 类}/{@code 款} for
 *                       economic codes; null otherwise
 * @param measure        canonical column key: {@code total} (合计/金额/决算数/预算数 of a single-amount table),
 *                       {@code basic}, {@code project}, {@code fiscal}, {@code personnel}, {@code public},
 *                       {@code general_budget}, {@code gov_fund}, {@code state_capital}, {@code superior_subsidy},
 *                       {@code business}, {@code operating}, {@code affiliate}, {@code other}, {@code carryover_begin},
 *                       {@code carryover_end}, {@code project_operating} (其他运转类), {@code project_specific}
 *                       (特定目标类), …; {@code budget}/{@code actual} in 三公 tables. Sub-columns of one measure are
 *                       told apart by economic class ({@code personnel.301} 工资福利支出, {@code personnel.303}
 *                       对个人和家庭的补助) or by order ({@code personnel.2}); their sum is the measure
 * @param columnGroup    side-by-side group the cell belongs to: {@code income}/{@code expenditure} (01表, 04表),
 *                       {@code function}/{@code dept_economic}/{@code gov_economic} (Shaanxi 表1), {@code personnel}/
 *                       {@code public} (06表), {@code year_income}/{@code carryover} (预算收入表), or null
 * @param amount         exact amount in 元 (converted from the table's unit); never null
 * @param sourceLine     1-based line the amount was read from
 * @param rawLine        that line as written
 */
public record LineItem(String docId, String tableKind, String tableCode, String tableTitle,
                       String classification, String code, String name, String level, String measure,
                       String columnGroup, BigDecimal amount, int sourceLine, String rawLine) {
}
