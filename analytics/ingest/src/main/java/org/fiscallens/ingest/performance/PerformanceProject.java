package org.fiscallens.ingest.performance;

import java.math.BigDecimal;

/**
 * A project's performance self-evaluation (项目支出绩效自评).
 *
 * @param docId          document id
 * @param projectName    项目名称 as written (wrapping removed)
 * @param initialBudget  年初预算数 in 元, or null if not stated
 * @param fullYearBudget 全年预算数 in 元, or null
 * @param executed       全年执行数 in 元, or null
 * @param executionRate  执行率 as a fraction (0.9631), as stated, or null
 * @param score          自评得分 (out of 100, or out of the stated 分值), or null
 * @param grade          自评等级 (优/良/中/差) where stated, else null
 * @param layout         which layout it was read from ({@code table.tab}, {@code table.ocr}, {@code table.cell_per_line},
 *                       {@code narrative}); {@code table.ocr} means the funds row was read by position or needed
 *                       OCR repair (split or garbled cells, spaces inside numbers), see the issues of the document
 * @param sourceLine     1-based line where the project's record starts
 */
public record PerformanceProject(String docId, String projectName, BigDecimal initialBudget,
                                 BigDecimal fullYearBudget, BigDecimal executed, BigDecimal executionRate,
                                 BigDecimal score, String grade, String layout, int sourceLine) {
}
