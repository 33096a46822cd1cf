package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.table.Items.wan;

/** Reads the real seed disclosures and checks the figures analysts rely on. Amounts in records are 元. */
class TableExtractorSeedTest {

    private static final TableExtraction X000 = SeedDocs.extract("000", DocKind.FINAL, "万元");
    private static final TableExtraction X001 = SeedDocs.extract("001", DocKind.FINAL, "万元");
    private static final TableExtraction X002 = SeedDocs.extract("002", DocKind.BUDGET, "万元");
    private static final TableExtraction X003 = SeedDocs.extract("003", DocKind.FINAL, "万元");
    private static final TableExtraction X004 = SeedDocs.extract("004", DocKind.BUDGET, "元");

    private static String status(TableExtraction x, String kind) {
        return x.tables().stream().filter(t -> t.tableKind().equals(kind)).map(TableStatus::status).findFirst()
                .orElse("absent");
    }

    /**
     * Σ children = parent for every coded function row of a table and measure (类 = Σ款, 款 = Σ项), within the
     * rounding the documents admit (0.01 万元 = 100 元; 000 prints 20805 as 51.75 = 8.79 + 42.95 + 0.01).
     */
    private static void assertParentsEqualChildren(TableExtraction x, String kind) {
        List<LineItem> rows = new Items(x).where(i -> i.tableKind().equals(kind) && "function".equals(i.classification()));
        assertThat(rows).isNotEmpty();
        Map<String, BigDecimal> byCode = rows.stream().collect(Collectors.toMap(i -> i.code() + "|" + i.measure(),
                LineItem::amount, BigDecimal::add));
        int checked = 0;
        for (LineItem parent : rows) {
            BigDecimal sum = rows.stream().filter(c -> c.measure().equals(parent.measure())
                            && c.code().length() == parent.code().length() + 2 && c.code().startsWith(parent.code()))
                    .map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() != 0) {
                BigDecimal diff = sum.subtract(byCode.get(parent.code() + "|" + parent.measure())).abs();
                assertThat(diff).as("%s %s %s", kind, parent.code(), parent.measure())
                        .isLessThanOrEqualTo(new BigDecimal("100"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Nested
    class Xinxiang2024Final {
        final Items items = new Items(X000);

        @Test
        void incomeAndExpenditureTotals() {
            assertThat(items.amount("income_expenditure_summary", "year_total", "total", "income")).isEqualByComparingTo(wan("719.68"));
            assertThat(items.amount("expenditure", "total", "basic")).isEqualByComparingTo(wan("443.06"));
            assertThat(items.amount("expenditure", "total", "project")).isEqualByComparingTo(wan("276.62"));
            assertThat(items.amount("general_budget_expenditure", "2101501", "total")).isEqualByComparingTo(wan("338.04"));
        }

        @Test
        void functionCodesAreSevenDigitItemsWithLevels() {
            LineItem row = items.where(i -> "2101501".equals(i.code()) && i.tableKind().equals("expenditure")).get(0);
            assertThat(row.level()).isEqualTo("项");
            assertThat(row.name()).isEqualTo("行政运行");
            assertThat(row.tableCode()).isEqualTo("公开03表");
            assertThat(row.sourceLine()).isEqualTo(183);
            assertThat(row.rawLine()).contains("338.04");
        }

        @Test
        void threePublicBudgetAndActual() {
            assertThat(items.amount("three_public", "total", "budget")).isEqualByComparingTo(wan("2.40"));
            assertThat(items.amount("three_public", "total", "actual")).isEqualByComparingTo(wan("2.15"));
            assertThat(items.amount("three_public", "vehicle_operation", "actual")).isEqualByComparingTo(wan("2.15"));
            assertThat(items.where(i -> i.tableKind().equals("three_public")))
                    .allMatch(i -> i.classification().equals("three_public"));
        }

        @Test
        void basicExpenditureThreeGroupsSideBySide() {
            assertThat(items.amount("basic_expenditure_economic", "personnel", "total", "personnel")).isEqualByComparingTo(wan("414.82"));
            assertThat(items.amount("basic_expenditure_economic", "public", "total", "public")).isEqualByComparingTo(wan("28.24"));
            assertThat(items.amount("basic_expenditure_economic", "31002", "total", "public")).isEqualByComparingTo(wan("1.68"));
            assertThat(items.amount("basic_expenditure_economic", "30302", "total", "personnel")).isEqualByComparingTo(wan("8.79"));
        }

        @Test
        void parentsEqualChildren() {
            assertParentsEqualChildren(X000, "income");
            assertParentsEqualChildren(X000, "expenditure");
            assertParentsEqualChildren(X000, "general_budget_expenditure");
        }

        @Test
        void mandatedTablesAndEmptyDeclarations() {
            assertThat(X000.tables()).extracting(TableStatus::tableKind).contains("income_expenditure_summary",
                    "income", "expenditure", "fiscal_summary", "general_budget_expenditure",
                    "basic_expenditure_economic", "gov_fund", "state_capital", "three_public");
            assertThat(status(X000, "three_public")).isEqualTo("present");
            TableStatus fund = X000.tables().stream().filter(t -> t.tableKind().equals("gov_fund")).findFirst().orElseThrow();
            assertThat(fund.status()).isEqualTo("declared_empty");
            assertThat(fund.reason()).contains("没有政府性基金收入");
            assertThat(status(X000, "state_capital")).isEqualTo("declared_empty");
        }

        @Test
        void tableLinesAreConsumedButNotTheSelfEvaluationTables() {
            var consumed = X000.lineItems().consumedLines();
            assertThat(consumed.get(80)).as("title").isTrue();
            assertThat(consumed.get(89)).as("header").isTrue();
            assertThat(consumed.get(326)).as("本表无数据 note").isTrue();
            assertThat(consumed.get(356)).as("三公 data").isTrue();
            assertThat(consumed.get(18)).as("目录 entry").isTrue();
            assertThat(consumed.get(564)).as("绩效自评 row is the performance reader's").isFalse();
            assertThat(X000.lineItems().issues()).noneMatch(i -> i.severity().equals("error"));
        }
    }

    @Nested
    class Gaoping2024FinalOcr {
        final Items items = new Items(X001);

        @Test
        void ocrAmountsAndOutOfOrderRows() {
            assertThat(items.amount("income_expenditure_summary", "year_total", "total", "income")).isEqualByComparingTo(wan("5056.26"));
            assertThat(items.amount("income_expenditure_summary", "grand_total", "total", "expenditure")).isEqualByComparingTo(wan("5056.26"));
        }

        @Test
        void medicalAssistanceIsAllProject() {
            assertThat(items.amount("general_budget_expenditure", "21013", "total")).isEqualByComparingTo(wan("1160.98"));
            assertThat(items.amount("general_budget_expenditure", "21013", "project")).isEqualByComparingTo(wan("1160.98"));
            assertThat(items.where(i -> "21013".equals(i.code()) && i.measure().equals("basic"))).isEmpty();
        }

        @Test
        void expenditureTablePrintedWithoutCodesGetsThemByName() {
            assertThat(items.amount("expenditure", "21013", "project")).isEqualByComparingTo(wan("1160.98"));
            assertThat(items.amount("expenditure", "2101506", "basic")).isEqualByComparingTo(wan("253.32"));
            LineItem wrapped = items.where(i -> i.tableKind().equals("expenditure") && "20801".equals(i.code())).get(0);
            assertThat(wrapped.name()).isEqualTo("人力资源和社会保障管理事务");
            assertThat(items.where(i -> i.tableKind().equals("expenditure") && i.classification().equals("plain")))
                    .extracting(LineItem::code).containsOnly("total");
        }

        @Test
        void fourGroupBasicExpenditureTable() {
            assertThat(items.amount("basic_expenditure_economic", "personnel", "total")).isEqualByComparingTo(wan("1358.60"));
            assertThat(items.amount("basic_expenditure_economic", "public", "total")).isEqualByComparingTo(wan("8.45"));
            assertThat(items.amount("basic_expenditure_economic", "30307", "total", "personnel")).isEqualByComparingTo(wan("1014.40"));
        }

        @Test
        void threePublicActual() {
            BigDecimal total = items.amount("three_public", "total", "actual");
            assertThat(total).isEqualByComparingTo(wan("1.34"));
            assertThat(items.amount("three_public", "vehicle_operation", "actual")
                    .add(items.amount("three_public", "reception", "actual"))).isEqualByComparingTo(total);
            assertThat(items.amount("three_public", "total", "budget")).isEqualByComparingTo(wan("1.34"));
        }

        @Test
        void garbledDumpIsReportedNotRead() {
            assertThat(X001.lineItems().issues()).anyMatch(i -> i.kind().equals("garbled_row") && i.line() == 176);
            assertThat(items.where(i -> i.sourceLine() == 176)).isEmpty();
            assertThat(X001.lineItems().consumedLines().get(176)).isTrue();
        }

        @Test
        void vehicleCountsAreNotAmounts() {
            assertThat(items.where(i -> i.tableKind().equals("public_info")))
                    .extracting(LineItem::name).doesNotContain("车辆数合计(辆)", "其他用车");
            assertThat(items.amount("public_info", "procurement", "total")).isEqualByComparingTo(wan("3.35"));
            assertThat(items.amount("public_info", "procurement.goods", "total")).isEqualByComparingTo(wan("2.71"));
        }

        @Test
        void tableOfContentsPageNumbersAreConsumedNotRead() {
            assertThat(X001.lineItems().consumedLines().get(9)).isTrue();
            assertThat(items.where(i -> i.sourceLine() < 59)).isEmpty();
            assertThat(status(X001, "gov_fund")).isEqualTo("declared_empty");
        }
    }

    @Nested
    class Xinxiang2026Budget {
        final Items items = new Items(X002);

        @Test
        void totals() {
            assertThat(items.amount("income_expenditure_summary", "grand_total", "total", "income")).isEqualByComparingTo(wan("1029.37"));
            assertThat(items.amount("expenditure", "total", "basic")).isEqualByComparingTo(wan("457.08"));
            assertThat(items.amount("expenditure", "total", "project")).isEqualByComparingTo(wan("572.29"));
            assertThat(items.amount("three_public", "total", "budget")).isEqualByComparingTo(wan("2.00"));
        }

        @Test
        void splitCodesAndBasicPlusProject() {
            assertThat(items.amount("expenditure", "2101102", "total")).isEqualByComparingTo(wan("295.75"));
            assertThat(items.amount("expenditure", "2101102", "basic")).isEqualByComparingTo(wan("15.75"));
            assertThat(items.amount("expenditure", "2101102", "project")).isEqualByComparingTo(wan("280.00"));
        }

        @Test
        void itemRowsAddUpToTheTotalRow() {
            for (String measure : List.of("total", "basic", "project")) {
                BigDecimal sum = items.where(i -> i.tableKind().equals("expenditure")
                                && "function".equals(i.classification()) && i.measure().equals(measure))
                        .stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(measure).isEqualByComparingTo(items.amount("expenditure", "total", measure));
            }
        }

        @Test
        void classRowsOfTheSummaryTableCarryTheirCode() {
            assertThat(items.amount("income_expenditure_summary", "210", "total", "expenditure")).isEqualByComparingTo(wan("933.95"));
        }

        @Test
        void personnelSubColumnsAreToldApart() {
            assertThat(items.amount("expenditure", "2101501", "personnel.301")).isEqualByComparingTo(wan("313.94"));
            assertThat(items.amount("expenditure", "2080502", "personnel.303")).isEqualByComparingTo(wan("10.09"));
        }

        @Test
        void parentsEqualChildrenInEconomicTables() {
            assertThat(items.amount("basic_expenditure_economic", "total", "total")).isEqualByComparingTo(wan("457.08"));
            BigDecimal sum = items.where(i -> i.tableKind().equals("basic_expenditure_economic")
                    && i.classification().equals("dept_economic") && i.measure().equals("total"))
                    .stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(wan("457.08"));
        }

        @Test
        void statuses() {
            assertThat(status(X002, "gov_fund")).isEqualTo("declared_empty");
            assertThat(status(X002, "state_capital")).isEqualTo("missing");
            assertThat(status(X002, "performance_target_overall")).isEqualTo("present");
            assertThat(items.where(i -> i.tableKind().startsWith("performance"))).isEmpty();
        }
    }

    @Nested
    class Urumqi2024ProseOnly {
        @Test
        void noTablesAndListedTitlesAreNotTables() {
            assertThat(X003.lineItems().records()).isEmpty();
            assertThat(status(X003, "income_expenditure_summary")).isEqualTo("missing");
            assertThat(status(X003, "gov_fund")).isEqualTo("declared_empty");
            assertThat(status(X003, "state_capital")).isEqualTo("declared_empty");
        }
    }

    @Nested
    class Xixiang2024BudgetShaanxi {
        final Items items = new Items(X004);

        @Test
        void amountsInYuan() {
            assertThat(items.amount("income_expenditure_summary", "grand_total", "total", "income")).isEqualByComparingTo("2368819.00");
            assertThat(items.amount("general_budget_expenditure", "210", "total")).isEqualByComparingTo("1944113");
            assertThat(items.amount("general_budget_expenditure", "2101506", "total")).isEqualByComparingTo("1845520");
            assertThat(items.amount("general_budget_expenditure", "2101506", "project")).isEqualByComparingTo("80000");
            assertThat(items.amount("basic_expenditure_function", "total", "total")).isEqualByComparingTo("2288819");
        }

        @Test
        void tableContinuedOnTheNextPageIsOneTable() {
            assertThat(X004.tables().stream().filter(t -> t.tableKind().equals("basic_expenditure_function"))).hasSize(1);
            assertThat(items.amount("basic_expenditure_function", "2210201", "total")).isEqualByComparingTo("182017");
            assertThat(X004.lineItems().issues()).anyMatch(i -> i.kind().equals("repeated_row") && i.line() == 348);
        }

        @Test
        void emptyTablesDeclaredInTheTableList() {
            TableStatus tp = X004.tables().stream().filter(t -> t.tableKind().equals("three_public")).findFirst().orElseThrow();
            assertThat(tp.status()).isEqualTo("declared_empty");
            assertThat(tp.reason()).isEqualTo("不涉及");
            assertThat(tp.tableCode()).isEqualTo("表12");
            assertThat(status(X004, "income")).isEqualTo("missing");
            assertThat(X004.lineItems().issues()).extracting(ParseIssue::kind).contains("listed_table_missing");
            assertThat(X004.lineItems().consumedLines().get(185)).isTrue();
        }
    }
}
