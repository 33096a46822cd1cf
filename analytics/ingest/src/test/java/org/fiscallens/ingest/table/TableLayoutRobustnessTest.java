package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.table.Items.wan;

/** Layouts other extractors produce: space-aligned cells, wrapped labels, numbers above labels, bad cells. */
class TableLayoutRobustnessTest {
    private static final int[] WIDTHS = {12, 34, 14, 14, 14};
    private static final int[] SUMMARY = {32, 6, 10, 26, 6, 10};

    /** A line of space-aligned cells, each padded to its display width (CJK characters count two). */
    private static String aligned(String... cells) {
        return alignedTo(WIDTHS, cells);
    }

    private static String alignedTo(int[] widths, String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                int pad = Math.max(2, widths[i] - CellSplitter.width(cells[i]));
                b.append(" ".repeat(pad));
            }
        }
        return b.toString().stripTrailing();
    }

    private static TableExtraction extract(DocKind kind, String unit, String... lines) {
        SourceDocument doc = SeedDocs.text(lines);
        return TableExtractor.standard().extract(doc, SeedDocs.info("synthetic", kind, unit));
    }

    @Test
    void spaceSeparatedCellsKeepTheirColumnsWhenSomeAreEmpty() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                "单位：万元",
                aligned("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"),
                aligned("2101501", "行政运行", "338.04", "338.04", ""),
                aligned("2101502", "一般行政管理事务", "37.76", "", "37.76"),
                "注：本表反映部门本年度各项支出情况。");
        Items items = new Items(x);
        assertThat(items.amount("expenditure", "2101501", "basic")).isEqualByComparingTo(wan("338.04"));
        assertThat(items.amount("expenditure", "2101502", "project")).isEqualByComparingTo(wan("37.76"));
        assertThat(items.where(i -> "2101502".equals(i.code()) && i.measure().equals("basic"))).isEmpty();
        assertThat(x.lineItems().consumedLines().stream().boxed().toList()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    /**
     * A name a PDF extractor wrapped, its head alone on the line above, joins its own row; a section label alone on a
     * line (一、基本支出, a complete name) is not glued to the row below it.
     */
    @Test
    void aWrappedNameHeadJoinsTheRowBelowButASectionLabelDoesNot() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "财政拨款收入支出决算总表",
                "单位：万元",
                "项目\t金额\t项目\t金额",
                "一、一般",
                "公共预算财政拨款\t719.68\t一、一般公共服务支出\t",
                "\t\t十、社会保障和就业支出\t53.73",
                "\t\t十一、卫生",
                "\t\t健康支出\t631.36",
                "本年收",
                "入合计\t719.68\t本年支出合计\t719.68",
                "注：本表反映部门本年度财政拨款收支情况。");
        assertThat(x.lineItems().records()).extracting(LineItem::name, LineItem::sourceLine).contains(
                org.assertj.core.groups.Tuple.tuple("一般公共预算财政拨款", 5),
                org.assertj.core.groups.Tuple.tuple("本年收入合计", 10));
        TableExtraction sections = extract(DocKind.FINAL, "万元",
                "支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
                "一、卫生健康支出",
                "2101501\t行政运行\t338.04\t338.04\t",
                "2101502\t一般行政管理事务\t37.76\t\t37.76",
                "注：本表反映部门本年度各项支出情况。");
        assertThat(sections.lineItems().records()).extracting(LineItem::code, LineItem::name)
                .contains(org.assertj.core.groups.Tuple.tuple("2101501", "行政运行"));
    }

    @Test
    void aTableContinuedUnderATitleMarked续表IsOneTable() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                "科目编码\t科目名称\t本年支出合计",
                "\t合计\t372.63",
                "2101501\t行政运行\t338.04",
                "",
                "支出决算表（续表）",
                "科目编码\t科目名称\t本年支出合计",
                "2210201\t住房公积金\t34.59");
        assertThat(x.tables()).filteredOn(t -> t.tableKind().equals("expenditure")).singleElement()
                .satisfies(t -> assertThat(t.rowCount()).isEqualTo(3));
        assertThat(new Items(x).amount("expenditure", "2210201", "total")).isEqualByComparingTo(wan("34.59"));
    }

    /**
     * A space-aligned line that a long name pushes right of its header: its 行次 and 决算数 both lie nearest the
     * 决算数 column, yet two numbers are never one cell, so 39 takes the free 行次 column and 40.10 is read.
     */
    @Test
    void twoNumbersOfAShiftedSpaceAlignedLineKeepTheirOwnColumns() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "收入支出决算总表",
                "单位：万元",
                "项目                      行次    决算数      项目                      行次    决算数",
                "一、一般公共预算财政拨款收入   1     512.40     八、社会保障和就业支出        39      40.10",
                "                                            九、卫生健康支出              40     472.30",
                "本年收入合计                27     512.40     本年支出合计                58     512.40",
                "注：本表反映部门本年度的总收支和年末结转结余情况。");
        Items items = new Items(x);
        assertThat(items.amount("income_expenditure_summary", "208", "total")).isEqualByComparingTo(wan("40.10"));
        assertThat(items.amount("income_expenditure_summary", "210", "total")).isEqualByComparingTo(wan("472.30"));
        assertThat(x.lineItems().issues()).noneMatch(i -> i.kind().equals("malformed_amount"));
    }

    /**
     * A space-aligned header of three lines whose code, name and 总计 columns are written only on its first line
     * and whose 一般公共预算 is split below into 小计 and 其中：财政拨款: every one of them is a column.
     */
    @Test
    void aSpaceAlignedHeaderTakesItsColumnsFromAllItsLines() {
        TableExtraction x = extract(DocKind.BUDGET, "万元",
                "2026年部门收入总体情况表",
                "单位：万元",
                "部门（科目）代码    部门（科目）名称    总计        本年收入",
                "                                                    合计        一般公共预算                      政府性基金"
                        + "    国有资本经营预算    财政专户管理资金收入",
                "                                                                小计            其中：财政拨款",
                "                    合计                1,029.37    1,029.36    1,029.36        1,019.36",
                "305                 新乡县医疗保障局    1,029.37    1,029.36    1,029.36        1,019.36",
                "注：本表反映部门本年度收入情况。");
        Items items = new Items(x);
        assertThat(items.amount("income", "total", "total")).isEqualByComparingTo(wan("1029.37"));
        assertThat(items.amount("income", "total", "fiscal")).isEqualByComparingTo(wan("1019.36"));
        assertThat(items.where(i -> "新乡县医疗保障局".equals(i.name()) && i.measure().equals("fiscal")))
                .extracting(LineItem::amount).containsExactly(wan("1019.36"));
    }

    /**
     * A name wrapped with no ordinal, bracket or colon to show the cut: the head alone on its line heads the row below
     * when only the two together are a classification name (卫生健 / 康支出, 对个人和 / 家庭的补助), instead of
     * trailing the complete name above it.
     */
    @Test
    void aWrappedHeadThatOnlyWithTheNameBelowIsAClassificationNameHeadsThatRow() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                "单位：万元",
                "科目名称\t本年支出合计\t基本支出\t项目支出",
                "社会保障和就业支出\t53.73\t53.73\t",
                "卫生健",
                "康支出\t631.36\t300.00\t331.36",
                "住房保障支出\t34.59\t34.59\t",
                "注：本表反映部门本年度各项支出情况。");
        assertThat(x.lineItems().records()).extracting(LineItem::name, LineItem::sourceLine).contains(
                org.assertj.core.groups.Tuple.tuple("社会保障和就业支出", 4),
                org.assertj.core.groups.Tuple.tuple("卫生健康支出", 6));
    }

    /**
     * A section row (一、政府采购情况) keys the rows under it on the table's continuation page too: 服务 after the page
     * break is still 政府采购 服务, not a row of no section.
     */
    @Test
    void aSectionRunsOnOverTheTablesContinuationPage() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "部门决算公开相关信息统计表",
                "公开10表",
                "单位：万元",
                "一、政府采购情况\t\t",
                "项目\t行次\t统计数",
                "合计\t1\t3.35",
                "货物\t2\t2.71",
                "",
                "部门决算公开相关信息统计表（续表）",
                "公开10表",
                "单位：万元",
                "项目\t行次\t统计数",
                "工程\t3\t",
                "服务\t4\t0.64",
                "二、机关运行经费\t\t",
                "项目\t\t统计数",
                "合计\t5\t1.20",
                "注：本表反映部门本年度政府采购和机关运行经费情况。");
        assertThat(x.tables()).filteredOn(t -> t.tableKind().equals("public_info")).singleElement();
        Items items = new Items(x);
        assertThat(items.amount("public_info", "procurement", "total")).isEqualByComparingTo(wan("3.35"));
        assertThat(items.amount("public_info", "procurement.services", "total")).isEqualByComparingTo(wan("0.64"));
        assertThat(items.amount("public_info", "operating_cost", "total")).isEqualByComparingTo(wan("1.20"));
    }

    /** A space-aligned 收入支出决算总表 (收入 | 支出, each 项目 | 行次 | 决算数) of {@code rows}, its title on line 1. */
    private static TableExtraction summary(String[]... rows) {
        List<String> lines = new ArrayList<>(List.of("收入支出决算总表",
                alignedTo(SUMMARY, "收入", "", "", "支出", "", ""),
                alignedTo(SUMMARY, "项目", "行次", "决算数", "项目", "行次", "决算数")));
        for (String[] row : rows) {
            lines.add(alignedTo(SUMMARY, row));
        }
        return extract(DocKind.FINAL, "万元", lines.toArray(String[]::new));
    }

    @Test
    void spaceAlignedSummaryWithTwoSegmentsAndRowNumbers() {
        TableExtraction x = summary(
                new String[]{"一、一般公共预算财政拨款收入", "1", "719.68", "一、一般公共服务支出", "32", ""},
                new String[]{"", "2", "", "九、卫生健康支出", "40", "631.36"},
                new String[]{"本年收入合计", "27", "719.68", "本年支出合计", "58", "719.68"});
        Items items = new Items(x);
        assertThat(items.amount("income_expenditure_summary", "general_budget", "total", "income"))
                .isEqualByComparingTo(wan("719.68"));
        assertThat(items.amount("income_expenditure_summary", "210", "total", "expenditure"))
                .isEqualByComparingTo(wan("631.36"));
        assertThat(items.amount("income_expenditure_summary", "year_total", "total", "expenditure"))
                .isEqualByComparingTo(wan("719.68"));
        assertThat(items.where(i -> i.amount().compareTo(wan("32")) == 0 || i.amount().compareTo(wan("27")) == 0))
                .as("行次 are not amounts").isEmpty();
    }

    @Test
    void aSideWithAnAmountButNoNameOfItsOwnTakesNoOtherSidesName() {
        // the 支出 side of the second row lost its name (a wrapped cell printed elsewhere): its amount is reported, not
        // read under the 收入 side's name
        TableExtraction x = summary(
                new String[]{"一、一般公共预算财政拨款收入", "1", "719.68", "九、卫生健康支出", "40", "631.36"},
                new String[]{"二、政府性基金预算财政拨款收入", "2", "", "", "41", "88.32"},
                new String[]{"本年收入合计", "27", "719.68", "本年支出合计", "58", "719.68"});
        Items items = new Items(x);
        assertThat(items.where(i -> i.amount().compareTo(wan("88.32")) == 0)).as("no name for 88.32").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("unlabelled_amount"))
                .extracting(i -> i.line()).containsExactly(5);
        assertThat(items.amount("income_expenditure_summary", "210", "total", "expenditure"))
                .isEqualByComparingTo(wan("631.36"));
    }

    @Test
    void aHeaderRepeatedOnTheNextPageIsNotData() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                "科目编码\t科目名称\t本年支出合计\t基本支出",
                "栏次\t\t1\t2",
                "2101501\t行政运行\t338.04\t338.04",
                "科目编码\t科目名称\t本年支出合计\t基本支出",
                "栏次\t\t1\t2",
                "2210201\t住房公积金\t34.59\t34.59");
        assertThat(x.lineItems().records()).hasSize(4).allMatch(i -> i.code().equals("2101501") || i.code().equals("2210201"));
        assertThat(x.lineItems().consumedLines().cardinality()).isEqualTo(7);
    }

    @Test
    void codesPrintedInTheNameCell() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "一般公共预算财政拨款支出决算表",
                "项目\t小计\t基本支出\t项目支出",
                "210 15 01 行政运行\t338.04\t338.04\t",
                "2101502一般行政管理事务\t37.76\t\t37.76",
                "2024年度合计\t375.80\t338.04\t37.76");
        Items items = new Items(x);
        assertThat(items.amount("general_budget_expenditure", "2101501", "basic")).isEqualByComparingTo(wan("338.04"));
        assertThat(items.where(i -> "2101502".equals(i.code())).get(0).name()).isEqualTo("一般行政管理事务");
        assertThat(items.where(i -> i.name().equals("2024年度合计"))).extracting(LineItem::classification)
                .containsOnly("plain");
    }

    @Test
    void titleCodeAndUnitOnOneLine() {
        TableExtraction x = extract(DocKind.FINAL, null,
                "收入决算表      公开02表      单位：元",
                "科目编码\t科目名称\t本年收入合计\t财政拨款收入",
                "2101501\t行政运行\t3380400\t3380400");
        Items items = new Items(x);
        assertThat(items.amount("income", "2101501", "fiscal")).isEqualByComparingTo("3380400");
        LineItem row = items.where(i -> true).get(0);
        assertThat(row.tableCode()).isEqualTo("公开02表");
        assertThat(row.tableTitle()).isEqualTo("收入决算表");
    }

    @Test
    void codesSplitOverClassColumnsAndThousandsSeparators() {
        TableExtraction x = extract(DocKind.BUDGET, "万元",
                "2026年部门支出总体情况表",
                "单位：万元",
                "科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出",
                "类\t款\t项\t\t\t\t",
                "210\t15\t01\t行政运行\t1,343.72\t1,343.72\t",
                "210\t15\t02\t一般行政管理事务\t5056. 26\t\t5056. 26");
        Items items = new Items(x);
        assertThat(items.amount("expenditure", "2101501", "total")).isEqualByComparingTo(wan("1343.72"));
        assertThat(items.amount("expenditure", "2101502", "project")).isEqualByComparingTo(wan("5056.26"));
        assertThat(items.where(i -> "2101502".equals(i.code())).get(0).level()).isEqualTo("项");
    }

    @Test
    void labelWrappedOntoTheNextLineContinuesTheRow() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                aligned("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"),
                aligned("2080505", "机关事业单位基本养老保险", "42.95", "42.95", ""),
                aligned("", "缴费支出"),
                aligned("2101501", "行政运行", "338.04", "338.04", ""));
        LineItem row = new Items(x).where(i -> "2080505".equals(i.code())).get(0);
        assertThat(row.name()).isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(row.sourceLine()).isEqualTo(3);
        assertThat(x.lineItems().consumedLines().get(4)).isTrue();
    }

    @Test
    void numbersPrintedOnTheLineAboveTheirLabel() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "支出决算表",
                aligned("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"),
                aligned("", "", "631.36", "354.74", "276.62"),
                "卫生健康支出",
                aligned("21011", "行政事业单位医疗", "230.78", "16.70", "214.08"));
        Items items = new Items(x);
        LineItem health = items.where(i -> "210".equals(i.code()) && i.measure().equals("project")).get(0);
        assertThat(health.amount()).isEqualByComparingTo(wan("276.62"));
        assertThat(health.name()).isEqualTo("卫生健康支出");
        assertThat(health.sourceLine()).isEqualTo(3);
        assertThat(items.amount("expenditure", "21011", "basic")).isEqualByComparingTo(wan("16.70"));
    }

    @Test
    void aGarbageCellIsReportedAndNotGuessed() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "一般公共预算财政拨款支出决算表",
                "公开05表",
                "科目编码\t科目名称\t小计\t基本支出\t项目支出",
                "2101501\t行政运行\t338.O4\t1.367.05\t",
                "2101502\t一般行政管理事务\t37.76\t\t37.76");
        Items items = new Items(x);
        assertThat(items.where(i -> "2101501".equals(i.code()))).isEmpty();
        assertThat(items.amount("general_budget_expenditure", "2101502", "total")).isEqualByComparingTo(wan("37.76"));
        List<ParseIssue> bad = x.lineItems().issues().stream().filter(i -> i.kind().equals("malformed_amount")).toList();
        assertThat(bad).hasSize(2).allMatch(i -> i.line() == 4 && i.file().equals("synthetic.txt")
                && i.layout().equals("final.general_budget_expenditure") && i.severity().equals("error"));
        assertThat(bad.get(1).message()).contains("1.367.05");
    }

    /**
     * A first data row whose only figure is malformed still ends the header: its cell is reported as unread, not
     * glued onto the column name above it (which once turned 金额 into "金额12.3.4" and lost the figure silently).
     */
    @Test
    void aMalformedFigureInTheFirstRowIsDataNotHeader() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "收入支出决算总表",
                "单位：万元",
                "项目\t金额",
                "一、一般公共预算财政拨款收入\t12.3.4",
                "二、事业收入\t12.34");
        List<ParseIssue> bad = x.lineItems().issues().stream().filter(i -> i.kind().equals("malformed_amount")).toList();
        assertThat(bad).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.message()).contains("'12.3.4'", "column 金额 ").doesNotContain("金额12.3.4");
        });
        assertThat(x.lineItems().records()).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo(wan("12.34")));
    }

    @Test
    void theTablesUnitLineWinsOverTheDocumentsUnit() {
        TableExtraction x = extract(DocKind.BUDGET, "万元",
                "表5",
                "部门综合预算一般公共预算支出明细表（按支出功能分类科目）",
                "单位：元",
                "功能科目编码\t功能科目名称\t合计\t人员经费支出\t公用经费支出\t专项业务经费支出\t备注",
                "\t合计\t2368819\t2137019\t151800\t80000\t",
                "2101506\t医疗保障经办事务\t1845520\t1613720\t151800\t80000\t");
        Items items = new Items(x);
        assertThat(items.amount("general_budget_expenditure", "2101506", "project")).isEqualByComparingTo("80000");
        assertThat(items.amount("general_budget_expenditure", "2101506", "personnel")).isEqualByComparingTo("1613720");
        assertThat(items.where(i -> true)).allMatch(i -> "表5".equals(i.tableCode()));
    }

    @Test
    void aTableWithoutAnyStatedUnitIsReportedNotGuessed() {
        TableExtraction x = extract(DocKind.FINAL, null,
                "支出决算表",
                "科目编码\t科目名称\t本年支出合计",
                "2101501\t行政运行\t338.04");
        assertThat(x.lineItems().records()).isEmpty();
        assertThat(x.lineItems().issues()).extracting(ParseIssue::kind).containsExactly("unknown_unit");
    }

    @Test
    void pageNumbersOfATableOfContentsAreNotAmountsAndListedTitlesAreNotTables() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "目 录",
                "一、收入支出决算总表\t3",
                "二、收入决算表\t5",
                "第三部分 情况说明\t16",
                "",
                "2024年度收入总计719.68万元，支出总计719.68万元，与上年相比减少69.47万元。");
        assertThat(x.lineItems().records()).isEmpty();
        assertThat(x.lineItems().consumedLines().stream().boxed().toList()).containsExactly(1, 2, 3, 4);
        assertThat(x.tables()).filteredOn(t -> t.tableKind().equals("income")).extracting(TableStatus::status)
                .containsExactly("missing");
    }

    @Test
    void anEmptyTableDeclaredByItsNote() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "国有资本经营预算财政拨款支出决算表",
                "公开08表",
                "单位:万元",
                "项目\t\t本年支出\t\t",
                "功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "栏次\t\t1\t2\t3",
                "",
                "注: 本表反映部门本年度国有资本经营预算财政拨款支出情况。",
                "说明: 我部门没有使用国有资本经营预算安排的支出, 故本表无数据。");
        TableStatus s = x.tables().stream().filter(t -> t.tableKind().equals("state_capital")).findFirst().orElseThrow();
        assertThat(s.status()).isEqualTo("declared_empty");
        assertThat(s.reason()).isEqualTo("我部门没有使用国有资本经营预算安排的支出");
        assertThat(s.tableCode()).isEqualTo("公开08表");
        List<Integer> consumed = new ArrayList<>(x.lineItems().consumedLines().stream().boxed().toList());
        assertThat(consumed).containsExactly(1, 2, 3, 4, 5, 6, 8, 9);
    }

    @Test
    void threePublicColumnsBecomeCategoriesWithBudgetAndActual() {
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "一般公共预算财政拨款“三公”经费支出决算表",
                "预算数\t\t\t\t\t\t决算数\t\t\t\t\t",
                "合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费",
                "\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t",
                "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12",
                "2.40\t0.00\t2.40\t0.00\t2.40\t0.00\t2.15\t0.00\t2.15\t0.00\t2.15\t0.00");
        Items items = new Items(x);
        assertThat(items.amount("three_public", "vehicle_purchase", "budget")).isEqualByComparingTo("0");
        assertThat(items.amount("three_public", "vehicle", "actual")).isEqualByComparingTo(wan("2.15"));
        assertThat(items.where(i -> true)).hasSize(12).allMatch(i -> i.sourceLine() == 6);
    }
}
