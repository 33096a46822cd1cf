package org.fiscallens.checks;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.source.SourceDocument;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on small record lists shaped like the extractors' output (amounts in 元). */
class ChecksOnConstructedRecordsTest {
    private static DocumentInfo info(DocKind kind, String unit) {
        return new DocumentInfo("d1", "doc.txt", "某县医疗保障局", "某县医疗保障局", null, null, "某县", 2024, kind, unit,
                "final.standard", "UTF-8", 100);
    }

    private static LineItem item(String table, String cls, String code, String name, String measure, String group,
                                 String wan, int line) {
        return new LineItem("d1", table, null, table, cls, code, name,
                code != null && code.matches("\\d+") ? (code.length() == 3 ? "类" : code.length() == 5 ? "款" : "项") : null,
                measure, group, new BigDecimal(wan).movePointRight(4), line, "raw");
    }

    private static NarrativeFact fact(String statement, String subject, String kind, String value, String unit, int line) {
        BigDecimal v = new BigDecimal(value);
        return new NarrativeFact("d1", statement, subject, subject, kind, "元".equals(unit) ? v.movePointRight(4) : v,
                unit, line, "sentence", null);
    }

    private static List<Check> run(DocumentInfo info, SourceDocument doc, List<LineItem> items, List<TableStatus> tables,
                                   List<NarrativeFact> facts) {
        return CheckSuite.standard().run(new CheckContext(info, doc, items, tables, facts, List.of(), List.of(),
                ClassificationCatalog.standard(), Tolerances.standard()));
    }

    @Test
    void parentSumsAndTotalsPassAndAWrongChildFails() {
        List<LineItem> items = List.of(
                item("expenditure", "plain", "total", "合计", "total", null, "719.68", 170),
                item("expenditure", "function", "208", "社会保障和就业支出", "total", null, "53.73", 171),
                item("expenditure", "function", "20805", "行政事业单位养老支出", "total", null, "51.75", 172),
                item("expenditure", "function", "20899", "其他社会保障和就业支出", "total", null, "1.98", 175),
                item("expenditure", "function", "210", "卫生健康支出", "total", null, "631.36", 177),
                item("expenditure", "function", "21011", "行政事业单位医疗", "total", null, "230.78", 178),
                item("expenditure", "function", "21015", "医疗保障管理事务", "total", null, "400.50", 182),
                item("expenditure", "function", "221", "住房保障支出", "total", null, "34.59", 186));
        List<Check> checks = run(info(DocKind.FINAL, "万元"), null, items, List.of(), List.of());
        assertThat(checks).filteredOn(c -> c.rule().equals("parent_equals_children") && c.subject().startsWith("208:"))
                .singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
        assertThat(checks).filteredOn(c -> c.rule().equals("parent_equals_children") && c.subject().startsWith("210:"))
                .singleElement().satisfies(c -> {
                    assertThat(c.passed()).isFalse();
                    assertThat(c.severity()).isEqualTo("error");
                    assertThat(c.expected()).isEqualByComparingTo("6312800");
                    assertThat(c.actual()).isEqualByComparingTo("6313600");
                    assertThat(c.lines()).containsExactly(177, 178, 182);
                });
        assertThat(checks).filteredOn(c -> c.rule().equals("total_equals_rows")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void proseFigureOneCentOffTheTablesIsARoundingLevelWarning() {
        List<LineItem> items = List.of(
                item("income_expenditure_summary", "function", "210", "卫生健康", "total", "expenditure", "933.95", 193),
                item("fiscal_summary", "function", "210", "卫生健康支出", "total", "expenditure", "933.95", 278));
        List<NarrativeFact> facts = List.of(fact("general_budget", "210", "initial_budget", "933.94", "元", 96));
        List<Check> checks = run(info(DocKind.BUDGET, "万元"), null, items, List.of(), facts);
        assertThat(checks).filteredOn(c -> c.rule().equals("prose_vs_table")).hasSize(2).allSatisfy(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.severity()).isEqualTo("warning");
            assertThat(c.actual()).isEqualByComparingTo("9339400");
            assertThat(c.expected()).isEqualByComparingTo("9339500");
            assertThat(c.lines()).contains(96);
            assertThat(c.message()).contains("933.94", "933.95");
        });
    }

    @Test
    void malformedProseAmountIsReportedWithTheTableValueOfTheSameDigits() {
        SourceDocument doc = new SourceDocument("doc.txt", "d1", "UTF-8", List.of(
                "合计\t5056. 26\t1367. 05\t3689. 21", "2024年度财政拨款基本支出1.367.05万元,其中:"));
        List<LineItem> items = List.of(item("expenditure", "plain", "total", "合计", "basic", null, "1367.05", 1));
        List<Check> checks = run(info(DocKind.FINAL, "万元"), doc, items, List.of(), List.of());
        assertThat(checks).filteredOn(c -> c.rule().equals("malformed_amount")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.severity()).isEqualTo("error");
            assertThat(c.actual()).isNull();
            assertThat(c.expected()).isEqualByComparingTo("13670500");
            assertThat(c.lines()).containsExactly(1, 2);
            assertThat(c.message()).contains("1.367.05万元", "not a well-formed amount", "1367.05");
        });
    }

    @Test
    void statedPercentagesAreRecomputed() {
        List<NarrativeFact> facts = List.of(
                fact("general_budget", "total", "initial_budget", "747.24", "元", 406),
                fact("general_budget", "total", "amount", "719.68", "元", 406),
                fact("general_budget", "total", "completion_pct", "96.31", "%", 406),
                fact("general_budget", "total", "amount", "719.68", "元", 400),
                fact("general_budget", "221", "amount", "34.59", "元", 400),
                fact("general_budget", "221", "share_pct", "4.80", "%", 400),
                fact("all_funds", "total", "amount", "719.68", "元", 367),
                fact("all_funds", "total", "change_amount", "-69.47", "元", 367),
                fact("all_funds", "total", "change_pct", "-8.80", "%", 367));
        List<Check> checks = run(info(DocKind.FINAL, "万元"), null, List.of(), List.of(), facts);
        assertThat(checks).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().equals("total:general_budget:completion_pct"))
                .singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
        assertThat(checks).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().equals("total:all_funds:change_pct"))
                .singleElement().satisfies(c -> assertThat(c.passed()).isTrue());
        assertThat(checks).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().equals("221:general_budget:share_pct"))
                .singleElement().satisfies(c -> {
                    assertThat(c.passed()).isFalse();
                    assertThat(c.severity()).isEqualTo("warning");
                    assertThat(c.message()).contains("4.80", "4.8063");
                    assertThat(c.messageZh()).startsWith("相差 0.0063 个百分点：文中 4.80%（第 400 行），计算为 4.8063%，占比 = ")
                            .contains("元（金额，第 400 行）");
                });
    }

    @Test
    void aShareIsOfTheAmountSpentWhereItsLineStatesTheBudgetFirst() {
        // 乌鲁木齐 2024 as LibreOffice prints it: the paragraph breaks so that 年初预算数1,553.84万元，决算数1,228.09万元
        // stand on one line above the list of 类 with their 占 x%, the budget first
        List<NarrativeFact> facts = List.of(
                fact("general_budget", "total", "amount", "1228.09", "元", 38),
                fact("general_budget", "total", "initial_budget", "1553.84", "元", 39),
                fact("general_budget", "total", "amount", "1228.09", "元", 39),
                fact("general_budget", "210", "amount", "1176.78", "元", 44),
                fact("general_budget", "210", "share_pct", "95.82", "%", 44));
        List<Check> checks = run(info(DocKind.FINAL, "万元"), null, List.of(), List.of(), facts);
        assertThat(checks).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().equals("210:general_budget:share_pct"))
                .singleElement().satisfies(c -> {
                    assertThat(c.passed()).isTrue();
                    assertThat(c.message()).contains("÷ 12280900 元 (amount, line 39)");
                });
    }

    @Test
    void personnelPlusPublicAndThreePublicAndCompleteness() {
        List<LineItem> items = new ArrayList<>(List.of(
                item("basic_expenditure_economic", "plain", "personnel", "人员经费合计", "total", "personnel", "414.82", 309),
                item("basic_expenditure_economic", "plain", "public", "公用经费合计", "total", "public", "28.24", 309),
                item("basic_expenditure_economic", "dept_economic", "30231", "公务用车运行维护费", "total", "public", "2.15", 305),
                item("basic_expenditure_economic", "dept_economic", "30309", "奖金", "total", "personnel", "0.05", 320),
                item("general_budget_expenditure", "plain", "total", "合计", "basic", null, "443.06", 249),
                item("three_public", "three_public", "total", "合计", "actual", "actual", "2.15", 356),
                item("three_public", "three_public", "vehicle", "小计", "actual", "actual", "2.15", 356),
                item("three_public", "three_public", "vehicle_operation", "公务用车运行维护费", "actual", "actual", "2.15", 356)));
        var tp = List.of(new org.fiscallens.ingest.threepublic.ThreePublicExpense("d1", "vehicle_operation", "actual",
                new BigDecimal("21500"), null, null, "table", 356, "raw"));
        List<TableStatus> tables = List.of(
                new TableStatus("d1", "gov_fund", "公开07表", "政府性基金预算财政拨款收入支出决算表", "declared_empty", "本表无数据", 313, 0),
                new TableStatus("d1", "state_capital", "公开08表", "国有资本经营预算财政拨款支出决算表", "missing", null, 0, 0));
        List<Check> checks = CheckSuite.standard().run(new CheckContext(info(DocKind.FINAL, "万元"), null, items, tables,
                List.of(), tp, List.of(), ClassificationCatalog.standard(), Tolerances.standard()));
        assertThat(checks).filteredOn(c -> c.rule().equals("personnel_plus_public_equals_basic")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
        assertThat(checks).filteredOn(c -> c.rule().equals("three_public_total_equals_categories")).allMatch(Check::passed).isNotEmpty();
        assertThat(checks).filteredOn(c -> c.rule().equals("three_public_within_economic")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isTrue());
        assertThat(checks).filteredOn(c -> c.rule().equals("mandated_tables") && !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.severity()).isEqualTo("error"));
        assertThat(checks).filteredOn(c -> c.rule().equals("code_name_mismatch") && !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("30309", "奖金", "奖励金"));
    }

    @Test
    void aMissingTableWhoseFundTheProseStatesIsZeroIsAWarningNamingThatLine() {
        // 新乡 2026 leaves out 国有资本经营预算支出表 and says 国有资本经营预算0万元 (line 73); 表2 has no such note
        List<TableStatus> tables = List.of(
                new TableStatus("d1", "state_capital", null, "国有资本经营预算支出表", "missing", null, 0, 0),
                new TableStatus("d1", "income", "表2", "部门综合预算收入总表", "missing", null, 0, 0));
        List<Check> checks = run(info(DocKind.BUDGET, "万元"), null, List.of(), tables,
                List.of(fact("state_capital", "total", "amount", "0", "元", 73)));
        assertThat(checks).filteredOn(c -> c.subject().equals("state_capital")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse())
                .satisfies(c -> assertThat(c.severity()).isEqualTo("warning"))
                .satisfies(c -> assertThat(c.lines()).containsExactly(73))
                .satisfies(c -> assertThat(c.messageZh()).contains("为 0（第 73 行）", "空表"));
        assertThat(checks).filteredOn(c -> c.subject().equals("income")).singleElement()
                .satisfies(c -> assertThat(c.severity()).isEqualTo("error"));
        assertThat(run(info(DocKind.BUDGET, "万元"), null, List.of(), tables.subList(0, 1),
                List.of(fact("state_capital", "total", "amount", "12.5", "元", 73))))
                .filteredOn(c -> c.subject().equals("state_capital")).singleElement()
                .as("a fund the prose states is not zero: the table is missing, an error")
                .satisfies(c -> assertThat(c.severity()).isEqualTo("error"));
    }

    @Test
    void aFailingRuleDoesNotStopTheOthers() {
        CheckRule broken = new CheckRule() {
            public String key() { return "broken"; }
            public List<Check> run(CheckContext ctx) { throw new IllegalStateException("boom"); }
        };
        List<Check> checks = new CheckSuite(List.of(broken, new MandatedTablesRule())).run(new CheckContext(
                info(DocKind.FINAL, "万元"), null, List.of(), List.of(new TableStatus("d1", "income", null, "收入决算表",
                "present", null, 127, 18)), List.of(), List.of(), List.of(), ClassificationCatalog.standard(), Tolerances.standard()));
        assertThat(checks).extracting(Check::rule).containsExactly("check_failed", "mandated_tables");
        assertThat(checks.get(0).message()).contains("boom");
    }
}
