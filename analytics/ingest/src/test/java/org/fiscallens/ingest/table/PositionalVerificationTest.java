package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.table.Items.wan;

class PositionalVerificationTest {
    private static final String TITLE = "一般公共预算财政拨款支出决算表";
    private static final SourceDocument DOC = SeedDocs.text(TITLE,
            "2101101   行政单位医疗           180.44 178.57 1.87",
            "2101101\t行政单位医疗\t180.44\t178.57\t1.87",
            "2101102   事业单位医疗           49.96 14.83   35.13",
            "20101     人大事务   10.00 2.00 3.00 5.00");

    private static LineItem item(int line, String code, String measure, String amount) {
        String name = DOC.line(line).replaceAll("[\\d.\\s]", "");
        return new LineItem("d", "general_budget_expenditure", "公开05表", TITLE, "function", code, name, "项",
                measure, null, wan(amount), line, DOC.line(line));
    }

    /** A function-classified item of {@code doc}'s line {@code line}, {@code amount} in 万元. */
    private static LineItem positional(SourceDocument doc, String kind, String title, String code, String measure,
                                       String group, String amount, int line) {
        return new LineItem("d", kind, null, title, "function", code, "行", null, measure, group, wan(amount), line,
                doc.line(line));
    }

    @Test
    void aPositionalRowWhoseTotalIsNotItsPartsIsReportedAndTheOthersKept() {
        List<LineItem> items = List.of(
                item(2, "2101101", "total", "180.44"), item(2, "2101101", "basic", "178.57"),
                item(2, "2101101", "project", "1.78"), // 1.87 misread: the row no longer adds up
                item(3, "2101101", "total", "180.44"), item(3, "2101101", "basic", "178.57"),
                item(3, "2101101", "project", "1.78"), // the same, tab-separated: placed by index, kept
                item(4, "2101102", "total", "49.96"), item(4, "2101102", "basic", "14.83"),
                item(4, "2101102", "project", "35.13"),
                item(5, "20101", "total", "10.00"), item(5, "20101", "basic", "2.00"),
                item(5, "20101", "operating", "3.00"), item(5, "20101", "project", "5.00"));
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(DOC, items, "万元", issues);
        assertThat(kept).extracting(LineItem::sourceLine).containsExactly(3, 3, 3, 4, 4, 4, 5, 5, 5, 5);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("row_not_verified");
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("total 1804400 元, basic + project 1803500 元");
            assertThat(i.messageZh()).contains("合计 1804400 元，基本支出 + 项目支出 1803500 元");
        });
    }

    @Test
    void aRowPrintingOtherAmountsTooIsHeldToTheSumsNoOtherColumnEnters() {
        // 新乡 2026's 合计 row (合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出 | 其他运转类 …) whose header lost the
        // two columns under 人员经费: 10.09 of 人员经费 read as 公用经费, so 基本支出 ≠ 人员经费 + 公用经费
        SourceDocument doc = SeedDocs.text("2026年部门支出总体情况表",
                "合计   1,029.37 457.08 417.21 10.09 29.78   572.29 14.28 558.01",
                "合计   1,029.37 457.08 417.21 39.87   572.29 14.28 558.01");
        List<LineItem> items = new ArrayList<>();
        String[][] rows = {{"1029.37", "457.08", "417.21", "10.09", "29.78", "572.29", "14.28"},
                {"1029.37", "457.08", "417.21", "39.87", "572.29", "14.28", "558.01"}};
        String[] measures = {"total", "basic", "personnel", "public", "project", "project_operating",
                "project_specific"};
        for (int r = 0; r < 2; r++) {
            for (int m = 0; m < measures.length; m++) {
                items.add(new LineItem("d", "expenditure", null, "2026年部门支出总体情况表", "plain", "total", "合计",
                        null, measures[m], null, wan(rows[r][m]), r + 2, doc.line(r + 2)));
            }
        }
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        assertThat(kept).extracting(LineItem::sourceLine).containsOnly(3);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("basic 4570800 元, personnel + public 4273000 元");
        });
    }

    @Test
    void aPositionalRowWhoseCodeIsAnotherNamesLosesTheCodeAndKeepsItsAmounts() {
        SourceDocument doc = SeedDocs.text(TITLE, "208   05 02         事业单位离退休 10.09    10.09",
                "208\t社会保障和就业支出\t53.73\t53.73");
        List<LineItem> items = List.of(
                new LineItem("d", "expenditure", null, TITLE, "function", "208", "事业单位离退休", "类", "total", null,
                        wan("10.09"), 2, doc.line(2)),
                new LineItem("d", "expenditure", null, TITLE, "function", "208", "社会保障和就业支出", "类", "total", null,
                        wan("53.73"), 3, doc.line(3)));
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        assertThat(kept).extracting(i -> i.code() + "|" + i.name() + "|" + i.amount().toPlainString())
                .containsExactly("null|事业单位离退休|100900", "208|社会保障和就业支出|537300");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("code_not_verified");
            assertThat(i.line()).isEqualTo(2);
        });
    }

    @Test
    void aPositionalRowWithoutTheTotalItsTableOtherwisePrintsIsReported() {
        // 高平 2024 via pdftotext: 机关事业单位基本养 老保险缴费支出 34. 16   34. 16 — the 合计 went into the name, and the
        // other 34.16 alone would be read as 基本支出 of a row printing no 合计
        SourceDocument doc = SeedDocs.text(TITLE, "208     社会保障和就业支出         51.85    51. 12   0. 73",
                "2080505 机关事业单位基本养 老保险缴费支出 34. 16   34. 16");
        List<LineItem> items = List.of(
                new LineItem("d", "general_budget_expenditure", null, TITLE, "function", "208", "社会保障和就业支出", "类",
                        "total", null, wan("51.85"), 2, doc.line(2)),
                new LineItem("d", "general_budget_expenditure", null, TITLE, "function", "208", "社会保障和就业支出", "类",
                        "basic", null, wan("51.12"), 2, doc.line(2)),
                new LineItem("d", "general_budget_expenditure", null, TITLE, "function", "208", "社会保障和就业支出", "类",
                        "project", null, wan("0.73"), 2, doc.line(2)),
                new LineItem("d", "general_budget_expenditure", null, TITLE, "plain", null, "机关事业单位基本养老保险缴费支出34.16",
                        null, "basic", null, wan("34.16"), 3, doc.line(3)));
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        assertThat(kept).extracting(LineItem::sourceLine).containsOnly(2);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("no total, where the table's other rows print theirs");
        });
    }

    @Test
    void aRefusedRowLosesTheItemsOfBothItsClassifications() {
        // a 基本支出 row keyed by 部门预算经济分类 and 政府预算经济分类: 30228 工会经费 | 50502 商品和服务支出, whose 5.02 stands
        // under 人员经费 although 302 is 公用经费
        String title = "2026年一般公共预算基本支出表";
        SourceDocument doc = SeedDocs.text(title, "30228  工会经费   50502   商品和服务支出 5.02              5.02");
        List<LineItem> items = new ArrayList<>();
        for (String[] key : new String[][]{{"dept_economic", "30228", "工会经费"}, {"gov_economic", "50502", "商品和服务支出"}}) {
            for (String measure : List.of("total", "personnel")) {
                items.add(new LineItem("d", "basic_expenditure_economic", null, title, key[0], key[1], key[2], "款",
                        measure, null, wan("5.02"), 2, doc.line(2)));
            }
        }
        List<ParseIssue> issues = new ArrayList<>();
        assertThat(PositionalVerification.verify(doc, items, "万元", issues)).isEmpty();
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message())
                .contains("economic class 30228 is public expenditure, yet 50200 元 stands under personnel"));
    }

    @Test
    void aRowOfFundSourcesIsHeldToItsTotal() {
        // 新乡 2026's 财政拨款收支总体情况表 via pdftotext, landscape: on the 支出合计 line the third figure (其中：财政拨款
        // 1,019.37) stands further right than under its header and was read as 国有资本经营预算
        String title = "2026年财政拨款收支总体情况表";
        SourceDocument doc = SeedDocs.text(title,
                "收入合计：            1,029.37 支出合计             1,029.37 1,029.37      1,019.37",
                "一、本年收入        1,029.36 一、本年支出               1,029.37 1,029.37   1,019.37",
                "（八）社会保障和就业支出         58.55    58.55      58.55");
        List<LineItem> items = new ArrayList<>();
        String[][] rows = {{"2", "total", "1029.37"}, {"2", "general_budget", "1029.37"}, {"2", "state_capital", "1019.37"},
                {"3", "total", "1029.37"}, {"3", "general_budget", "1029.37"}, {"3", "fiscal", "1019.37"},
                {"4", "total", "58.55"}, {"4", "general_budget", "58.55"}, {"4", "gov_fund", "58.55"}};
        for (String[] r : rows) {
            items.add(positional(doc, "fiscal_summary", title, null, r[1], "expenditure", r[2], Integer.parseInt(r[0])));
        }
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        assertThat(kept).extracting(LineItem::sourceLine).containsOnly(3); // 其中：财政拨款 is not summed
        assertThat(issues).extracting(ParseIssue::line).containsExactly(2, 4);
        assertThat(issues.get(0).message()).contains("total 10293700 元, general_budget + gov_fund + state_capital 20487400 元");
        assertThat(issues.get(1).message()).contains("total 585500 元, general_budget + gov_fund + state_capital 1171000 元");
    }

    @Test
    void anAmountUnderAColumnTheTotalRowLeavesEmptyIsReportedUnlessThatRowLostAFigure() {
        // 新乡 2024's 公开03表 via pdftotext after a page break: 一般行政管理事务 37.76 | 37.76 with its second figure
        // under 上缴上级支出, which the table's 合计 row (合计 | 基本支出 | 项目支出) leaves empty
        String title = "支出决算表";
        SourceDocument doc = SeedDocs.text(title,
                "         合计               719.68 443.06 276.62",
                "2101502   一般行政管理事务       37.76             37.76",
                "         合计                             2288819 2137019   151800",
                "30201    办公费            50502    商品和服务支出  65416             65416");
        List<LineItem> items = new ArrayList<>();
        String[][] rows = {{"2", "t1", "total", "total", "719.68"}, {"2", "t1", "total", "basic", "443.06"},
                {"2", "t1", "total", "project", "276.62"}, {"3", "t1", "2101502", "total", "37.76"},
                {"3", "t1", "2101502", "to_superior", "37.76"},
                // a 合计 row whose 151800 was lost to an unread column: 公用经费 is no empty column
                {"4", "t2", "total", "total", "228.8819"}, {"4", "t2", "total", "personnel", "213.7019"},
                {"5", "t2", "30201", "total", "6.5416"}, {"5", "t2", "30201", "public", "6.5416"}};
        for (String[] r : rows) {
            items.add(positional(doc, "expenditure", title + r[1], r[2], r[3], null, r[4], Integer.parseInt(r[0])));
        }
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        // the incomplete 合计 row fails its own sum (合计 ≠ 人员经费 + 公用经费); the row under it is kept
        assertThat(kept).extracting(LineItem::sourceLine).containsOnly(2, 5);
        assertThat(issues).extracting(ParseIssue::line).containsExactly(3, 4);
        assertThat(issues).first().satisfies(i -> {
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).contains("377600 元 stands under to_superior, a column the table's 合计 row leaves empty");
            assertThat(i.messageZh()).contains("377600 元列在上缴上级支出下，而本表合计行该栏为空");
        });
    }

    @Test
    void aThreePublicMeasureWithoutItsTotalWhereTheLinesOtherMeasurePrintsOneIsReported() {
        // 高平 2024's 公开09表 printed landscape without rules and read directly: 预算数 1.34 | 1.18 | 1.18 | 0.16 reads
        // right, but the 决算数 side's 合计 1.34 fell a column right, under 因公出国（境）费, and its other figures unread
        String title = "财政拨款\"三公\"经费支出决算表";
        SourceDocument doc = SeedDocs.text(title,
                " 1.34         1.18                   1.18               0.16      1.34          1.18                   1.18");
        List<LineItem> items = new ArrayList<>();
        String[][] cells = {{"total", "budget", "1.34"}, {"vehicle", "budget", "1.18"},
                {"vehicle_operation", "budget", "1.18"}, {"reception", "budget", "0.16"}, {"overseas", "actual", "1.34"}};
        for (String[] c : cells) {
            items.add(new LineItem("d", "three_public", "公开09表", title, "three_public", c[0], c[0], null, c[1], null,
                    wan(c[2]), 2, doc.line(2)));
        }
        List<ParseIssue> issues = new ArrayList<>();
        List<LineItem> kept = PositionalVerification.verify(doc, items, "万元", issues);
        assertThat(kept).extracting(LineItem::measure).containsOnly("budget");
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("row_not_verified");
            assertThat(i.message()).contains("no 合计 under actual, where the line prints one under its other measure");
            assertThat(i.messageZh()).contains("决算数未列合计，而本行另一组数列了");
        });
    }
}
