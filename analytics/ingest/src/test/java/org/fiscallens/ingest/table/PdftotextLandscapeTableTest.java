package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of 新乡 2026's budget (and one of 2024's final account) printed landscape without rules and extracted by {@code pdftotext -layout}
 * ({@code .ci/pdftotext-accuracy}, the landscape route): where the page breaks inside a table, the next page prints its
 * rows on columns of its own, and where names wrap, a row's 类 and 款 stand alone on a line between its name's parts; and
 * 新乡 2024's 公开03表, whose header labels run together one space apart over its 栏次 line.
 */
class PdftotextLandscapeTableTest {
    private static TableExtraction extract(String resource) {
        return SeedDocs.extractResource("/pdftotext-landscape/" + resource, DocKind.BUDGET, "万元", "新乡县医疗保障局");
    }

    @Test
    void aRowOfTheOtherHalfOfBasicExpenditureIsNotRead() {
        // after the page break 30228 工会经费 … 5.02 5.02 stands on columns of its own and its second 5.02 fell under
        // 人员经费; 302 商品和服务支出 is 公用经费, so the row contradicts itself and is reported, not read
        TableExtraction x = extract("xinxiang-2026-basic-economic.txt");
        Items items = new Items(x);
        String t = "basic_expenditure_economic";
        assertThat(items.where(i -> i.tableKind().equals(t) && i.code() != null
                && (i.code().startsWith("302") || i.code().startsWith("502") || i.code().startsWith("50502"))
                && i.measure().equals("personnel"))).as("公用经费 rows read under 人员经费").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("row_not_verified"))
                .anySatisfy(i -> assertThat(i.message()).contains("economic class 30228 is public expenditure"));
        // the rows before the page break are read, under both classifications' codes
        assertThat(items.amount(t, "30302", "personnel")).isEqualByComparingTo(Items.wan("10.09"));
        assertThat(items.amount(t, "50905", "personnel")).isEqualByComparingTo(Items.wan("10.09"));
        assertThat(items.where(i -> i.tableKind().equals(t) && "50101".equals(i.code()) && i.measure().equals("total")))
                .extracting(LineItem::amount).containsExactlyInAnyOrder(Items.wan("12.41"), Items.wan("22.18"),
                        Items.wan("5.05"));
    }

    @Test
    void theKuanOfACodeAloneOnItsLineIsNoAmount() {
        // 301    12 between 其他社会保障 and 缴费: the 款 12 of 30112, not 12 万元
        Items items = new Items(extract("xinxiang-2026-economic-summary-head.txt"));
        assertThat(items.where(i -> i.tableKind().equals("economic_summary"))).as("the table is read").isNotEmpty();
        assertThat(items.where(i -> i.rawLine().strip().matches("\\d{3} +\\d{2}")))
                .as("amounts read from a line of a 类 and its 款").isEmpty();
        assertThat(items.where(i -> i.amount().compareTo(Items.wan("12")) == 0 || i.amount().compareTo(Items.wan("10")) == 0))
                .as("12 万元 or 10 万元: the 款 of 30112 or 30110").isEmpty();
    }

    @Test
    void theColumnNumbersPlaceAmountsWhereTheHeadersLabelsRunTogether() {
        // 新乡 2024's 公开03表: 本年支出合计 基本支出 项目支出 上缴上级支出 … one space apart, one column per character, so
        // 项目支出 and 上缴上级支出 are equally near the amounts of the third column; 栏次 1 2 3 … stand where they do
        TableExtraction x = SeedDocs.extractResource("/pdftotext-landscape/xinxiang-2024-03.txt", DocKind.FINAL, "万元",
                "新乡县医疗保障局");
        Items items = new Items(x);
        assertThat(items.amount("expenditure", "total", "project")).isEqualByComparingTo(Items.wan("276.62"));
        assertThat(items.amount("expenditure", "210", "project")).isEqualByComparingTo(Items.wan("276.62"));
        assertThat(items.amount("expenditure", "2101101", "project")).isEqualByComparingTo(Items.wan("178.57"));
        assertThat(items.amount("expenditure", "21011", "project")).isEqualByComparingTo(Items.wan("214.08"));
        // this department hands nothing to a superior; after the page break (line 21) the next page spaces its columns
        // wider than the first, and two rows that print their 合计 and 项目支出 alone put the second figure under
        // 上缴上级支出, a column the table's 合计 row leaves empty: those rows are reported, not read
        assertThat(items.where(i -> i.measure().equals("to_superior"))).as("nothing under 上缴上级支出").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("row_not_verified"))
                .filteredOn(i -> i.message().contains("a column the table's 合计 row leaves empty"))
                .extracting(i -> i.line()).hasSize(2).allMatch(line -> line > 21);
    }
}
