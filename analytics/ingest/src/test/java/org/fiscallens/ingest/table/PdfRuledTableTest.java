package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ruled tables of a PDF whose columns the page squeezed, as the PDF reader writes them (a line of tab-separated cells
 * per row of the table's grid): 新乡 2026's 部门收入总体情况表 as LibreOffice prints it portrait, eighteen columns on
 * an A4 page, so its header labels wrap within their cells ({@code 一般公共} over {@code 预算}, {@code 财政专户管理}
 * over {@code 资金收入}) and the characters a cell had no room for print on lines of their own ({@code 有}, {@code 本},
 * {@code 营}) between its header rows.
 */
class PdfRuledTableTest {
    private static TableExtraction extract(DocKind kind, String unit, String resource) {
        return SeedDocs.extractResource("/pdf-ruled/" + resource, kind, unit);
    }

    private static TableExtraction extract(DocKind kind, String unit, String resource, String department) {
        return SeedDocs.extractResource("/pdf-ruled/" + resource, kind, unit, department);
    }

    @Test
    void headerLabelsWrappedInNarrowCellsAndTheirStrayCharactersStillNameTheColumns() {
        TableExtraction x = extract(DocKind.BUDGET, "万元", "xinxiang-2026-income-portrait.txt");
        Items items = new Items(x);
        String t = "income";
        // the header's last row (小计 | 其中：财政拨款) comes after three stray lines, and is still header
        assertThat(items.amount(t, "total", "year_income", "year_income")).isEqualByComparingTo(Items.wan("1029.36"));
        assertThat(items.amount(t, "total", "general_budget", "year_income")).isEqualByComparingTo(Items.wan("1029.36"));
        assertThat(items.amount(t, "total", "fiscal", "year_income")).isEqualByComparingTo(Items.wan("1019.36"));
        // 一般公共 over 预算 under 上年结转结余 is 一般公共预算, not the carried-over total a second time
        assertThat(items.amount(t, "total", "general_budget", "carryover")).isEqualByComparingTo(Items.wan("0.01"));
        assertThat(items.where(i -> i.columnGroup() != null && i.columnGroup().equals("year_income")
                && i.measure().contains("."))).as("no column of 本年收入 left unnamed (year_income.1, …)").isEmpty();
    }

    @Test
    void aHeaderCharacterPrintedBelowTheTableIsNoTailOfItsLastRow() {
        // LibreOffice prints the last of the header's stray characters (算) below the table, under its last row, whose
        // name is the document's department: 新乡县医疗保障局 + 算 is no name
        TableExtraction x = extract(DocKind.BUDGET, "万元", "xinxiang-2026-income-portrait.txt", "新乡县医疗保障局");
        Items items = new Items(x);
        assertThat(items.where(i -> i.name() != null && i.name().endsWith("算"))).as("no stray 算 in a name").isEmpty();
        assertThat(items.where(i -> "新乡县医疗保障局".equals(i.name()) && "total".equals(i.measure())))
                .extracting(LineItem::amount).isNotEmpty()
                .allSatisfy(a -> assertThat(a).isEqualByComparingTo(Items.wan("1029.37")));
    }
}
