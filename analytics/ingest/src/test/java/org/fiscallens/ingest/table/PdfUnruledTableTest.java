package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of a PDF printed landscape without rules, as the PDF reader writes them (a Chinese character two columns
 * wide, each cell where the page prints it; {@code .ci/pdftotext-accuracy}, the landscape route): 西乡 2024's 收支总表,
 * whose four sides' name labels are long, so each wraps above and below a middle header line that holds only 项目 and
 * the 预算数 beside each name column; 高平 2024's 公开01表, whose long labels push later cells out of their columns;
 * 新乡 2024's as LibreOffice prints it portrait, where narrow cells wrap amounts; 新乡 2026's 支出总体情况表, whose codes
 * print as 类 and then 款 项 in one cell, and 财政拨款收支总体情况表, whose rows without amounts stand alone on their lines.
 */
class PdfUnruledTableTest {
    private static TableExtraction extract(DocKind kind, String unit, String resource) {
        return SeedDocs.extractResource("/pdf-unruled/" + resource, kind, unit);
    }

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aSummaryWhoseNameLabelsWrapAroundTheMiddleHeaderLineReadsItsFourSides() {
        TableExtraction x = extract(DocKind.BUDGET, "元", "xixiang-2024-summary-landscape.txt");
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "fiscal", "total", "income")).isEqualByComparingTo(yuan("2368819.00"));
        assertThat(items.amount(t, "general_budget", "total", "income")).isEqualByComparingTo(yuan("2368819.00"));
        assertThat(items.amount(t, "201", "total", "function")).isEqualByComparingTo(yuan("0.00"));
        assertThat(items.amount(t, "206", "total", "function")).isEqualByComparingTo(yuan("0.00"));
        assertThat(items.amount(t, "basic", "total", "dept_economic")).isEqualByComparingTo(yuan("2288819.00"));
        assertThat(items.amount(t, "project", "total", "dept_economic")).isEqualByComparingTo(yuan("80000.00"));
        assertThat(items.where(i -> i.name().equals("工资福利支出"))).singleElement()
                .satisfies(i -> assertThat(i.columnGroup()).isEqualTo("dept_economic"))
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo(yuan("2136479.00")));
        assertThat(items.where(i -> i.name().equals("对事业单位经常性补助"))).singleElement()
                .satisfies(i -> assertThat(i.columnGroup()).isEqualTo("gov_economic"))
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo(yuan("2368279.00")));
    }

    @Test
    void rowNumbersALongLabelPushedIntoTheAmountColumnAreNoAmounts() {
        // 高平 2024's 公开01表: the left side's long labels push the right side's 行次 (34, 35, …) under 金额 on the rows
        // that state no amount, and 七、文化旅游体育与传媒支出 into 行次; each is the next in the side's run of row numbers
        TableExtraction x = extract(DocKind.FINAL, "万元", "gaoping-2024-01-landscape.txt");
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "208", "total", "expenditure")).isEqualByComparingTo(Items.wan("51.85"));
        assertThat(items.amount(t, "210", "total", "expenditure")).isEqualByComparingTo(Items.wan("4976.46"));
        assertThat(items.amount(t, "221", "total", "expenditure")).isEqualByComparingTo(Items.wan("27.96"));
        assertThat(items.wholeWanBelow("100")).as("行次 (whole 万元 under 100) are not amounts").isEmpty();
        // the left side's 金额 lost its label to OCR; its column number (栏次 1) still stands over its amounts
        assertThat(items.amount(t, "general_budget", "total", "income")).isEqualByComparingTo(Items.wan("5056.26"));
        assertThat(items.amount(t, "grand_total", "total", "income")).isEqualByComparingTo(Items.wan("5056.26"));
        assertThat(items.amount(t, "grand_total", "total", "expenditure")).isEqualByComparingTo(Items.wan("5056.26"));
    }

    @Test
    void anAmountANarrowCellWrappedIsReportedNotReadAsItsHead() {
        // 新乡 2024's 公开01表 as LibreOffice prints it portrait without rules (719.68 wraps as 719.6 over 8), and the
        // start of its 公开02表, whose amounts show the document writes two decimals
        TableExtraction x = extract(DocKind.FINAL, "万元", "xinxiang-2024-01-portrait.txt");
        Items items = new Items(x);
        assertThat(items.where(i -> i.amount().compareTo(Items.wan("719.6")) == 0
                || i.amount().compareTo(Items.wan("631.3")) == 0)).as("no head of a wrapped amount read").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("cut_amount"))
                .extracting(i -> i.line()).contains(8, 20, 42, 48);
        assertThat(items.amount("income_expenditure_summary", "208", "total", "expenditure"))
                .isEqualByComparingTo(Items.wan("53.73"));
    }

    @Test
    void aCodeWhoseKuanAndXiangShareACellKeepsAllItsParts() {
        // 新乡 2026's 支出总体情况表: 类 alone, then 款 and 项 one space apart under a header whose 款 and 项 read as one
        // column (208      05 02, 208      99 99)
        TableExtraction x = extract(DocKind.BUDGET, "万元", "xinxiang-2026-expenditure-landscape.txt");
        Items items = new Items(x);
        String t = "expenditure";
        assertThat(items.amount(t, "2080502", "total")).isEqualByComparingTo(Items.wan("10.09"));
        assertThat(items.amount(t, "2089999", "total")).as("其他社会保障和就业支出, not its 款 20899")
                .isEqualByComparingTo(Items.wan("2.35"));
        assertThat(items.amount(t, "2101599", "total")).isEqualByComparingTo(Items.wan("33.01"));
        assertThat(items.amount(t, "2210201", "total")).isEqualByComparingTo(Items.wan("36.87"));
        assertThat(items.where(i -> i.tableKind().equals(t) && i.code() == null && i.name().length() > 2))
                .as("every coded row keeps its code").isEmpty();
    }

    @Test
    void aRowWithoutAmountsAloneOnItsLineIsNoTailOfTheRowAbove() {
        // 新乡 2026's 财政拨款收支总体情况表: （十一）节能环保支出 … stand alone on their lines between the rows that
        // state amounts; each opens with an ordinal, so none continues or heads another row's name
        TableExtraction x = extract(DocKind.BUDGET, "万元", "xinxiang-2026-expenditure-landscape.txt");
        Items items = new Items(x);
        String t = "fiscal_summary";
        assertThat(items.amount(t, "210", "total", "expenditure")).isEqualByComparingTo(Items.wan("933.95"));
        assertThat(items.amount(t, "221", "total", "expenditure")).isEqualByComparingTo(Items.wan("36.87"));
        assertThat(items.where(i -> i.tableKind().equals(t) && i.name().matches(".+[（(][一二三四五六七八九十]+[）)].*")))
                .as("no name joined from several rows").isEmpty();
    }

    @Test
    void labelsPrintedWithNoSpaceBetweenThemAreColumnsOfTheirOwn() {
        // 新乡 2024's 公开05表 and 公开04表 as LibreOffice prints them portrait without rules: the narrow page sets
        // 基本支出项目支出 and 行次合计 as one word each; read as one column, a row's lone 项目支出 stood as its 基本支出
        // and 社会保障和就业支出's 一般公共预算 as 政府性基金
        TableExtraction x = extract(DocKind.FINAL, "万元", "xinxiang-2024-04-05-portrait.txt");
        Items items = new Items(x);
        String t = "general_budget_expenditure";
        assertThat(items.amount(t, "total", "total")).isEqualByComparingTo(Items.wan("719.68"));
        assertThat(items.amount(t, "total", "basic")).isEqualByComparingTo(Items.wan("443.06"));
        assertThat(items.amount(t, "total", "project")).isEqualByComparingTo(Items.wan("276.62"));
        assertThat(items.amount(t, "21011", "basic")).isEqualByComparingTo(Items.wan("16.70"));
        assertThat(items.amount(t, "21011", "project")).isEqualByComparingTo(Items.wan("214.08"));
        assertThat(items.amount(t, "2101501", "basic")).isEqualByComparingTo(Items.wan("338.04"));
        assertThat(items.amount(t, "2101599", "project")).isEqualByComparingTo(Items.wan("24.78"));
        assertThat(items.where(i -> i.tableKind().equals(t) && "2101599".equals(i.code()) && i.measure().equals("basic")))
                .as("其他医疗保障管理事务支出 has no 基本支出").isEmpty();
        String s = "fiscal_summary";
        assertThat(items.amount(s, "208", "total", "expenditure")).isEqualByComparingTo(Items.wan("53.73"));
        assertThat(items.amount(s, "208", "general_budget", "expenditure")).isEqualByComparingTo(Items.wan("53.73"));
        assertThat(items.amount(s, "221", "general_budget", "expenditure")).isEqualByComparingTo(Items.wan("34.59"));
        assertThat(items.where(i -> i.tableKind().equals(s) && i.measure().equals("gov_fund") && i.amount().signum() != 0))
                .as("no 一般公共预算 figure read as 政府性基金").isEmpty();
    }

    @Test
    void theHeadOfTheNextRowsNameSpoilsNoCompleteNameAbove() {
        // 高平 2024's 公开05表 as LibreOffice prints it portrait without rules: 机关事业单位基本养老保险缴费支 stands alone
        // between 20805 行政事业单位养老支出 and its own row; appended above, it spoilt a name the catalog knows whole
        TableExtraction x = extract(DocKind.FINAL, "万元", "gaoping-2024-05-portrait.txt");
        Items items = new Items(x);
        assertThat(items.where(i -> "20805".equals(i.code()))).isNotEmpty()
                .allSatisfy(i -> assertThat(i.name()).isEqualTo("行政事业单位养老支出"));
        assertThat(items.amount("general_budget_expenditure", "20805", "total")).isEqualByComparingTo(Items.wan("51.12"));
    }

    @Test
    void aRowWhoseNameTookInAnAmountIsReportedNotRead() {
        // 新乡 2024's 公开03表 as LibreOffice prints it portrait without rules: its header's 功能分类科目编码 and 科目名称
        // wrap onto lines of their own, so the name column reaches over the first amount (社会保障和就业支出 53.73);
        // read so, each row's 基本支出 stood as its 合计 (行政事业单位医疗 16.70 for 230.78)
        TableExtraction x = extract(DocKind.FINAL, "万元", "xinxiang-2024-03-portrait.txt");
        Items items = new Items(x);
        assertThat(items.where(i -> i.name() != null && i.name().matches(".*\\d\\.\\d{2}.*")))
                .as("no name holding an amount").isEmpty();
        assertThat(items.where(i -> i.amount().compareTo(Items.wan("16.70")) == 0 && !"basic".equals(i.measure())))
                .as("行政事业单位医疗's 基本支出 is no 合计").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("misaligned_row"))
                .extracting(i -> i.line()).contains(12, 13, 20);
    }
}
