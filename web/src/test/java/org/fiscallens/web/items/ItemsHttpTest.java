package org.fiscallens.web.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-port tests of 分项 over the seed warehouse: one 功能分类 item across the departments that report it, with
 * the figures of the seed documents and the lines they come from.
 */
class ItemsHttpTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.seed();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(String path) {
        return server.page(path);
    }

    static JsonNode cell(List<JsonNode> rows, String department, int year, String kind, String statement) {
        return rows.stream().filter(r -> r.get("department_id").asText().startsWith(department)
                        && r.get("fiscal_year").asInt() == year && r.get("doc_kind").asText().equals(kind)
                        && r.get("statement").asText().equals(statement))
                .findFirst().orElseThrow(() -> new AssertionError("no " + department + " " + year + " " + kind + " in " + rows));
    }

    @Test
    void searchFindsItemsByCodePrefixAndByName() {
        List<JsonNode> byCode = server.rows("/api/items?q=21013");
        assertThat(byCode).extracting(r -> r.get("code").asText()).containsExactly("21013", "2101301", "2101399");
        assertThat(byCode.get(0).get("name").asText()).isEqualTo("医疗救助");
        assertThat(byCode.get(0).get("level").asText()).isEqualTo("section");
        // 高平 is the only seed department with 医疗救助 (its 2024 final account)
        assertThat(byCode.get(0).get("departments").asInt()).isEqualTo(1);

        List<JsonNode> byName = server.rows("/api/items?q=" + "卫生健康支出（类）");
        assertThat(byName).extracting(r -> r.get("code").asText()).contains("210");
        JsonNode health = byName.stream().filter(r -> r.get("code").asText().equals("210")).findFirst().orElseThrow();
        // every seed department reports 卫生健康 (乌鲁木齐 only in prose), in all five documents
        assertThat(health.get("departments").asInt()).isEqualTo(4);
        assertThat(health.get("documents").asInt()).isEqualTo(5);
        assertThat(health.get("first_year").asInt()).isEqualTo(2024);
        assertThat(health.get("last_year").asInt()).isEqualTo(2026);

        // a name also finds what lies under the 款 that holds it: 医疗保障 → 21015 医疗保障管理事务 and its 项, whose own
        // names (行政运行, 一般行政管理事务) do not say 医疗保障; the 项 of other 款 with that name are not listed
        List<JsonNode> byParent = server.rows("/api/items?q=" + "医疗保障");
        assertThat(byParent).extracting(r -> r.get("code").asText()).contains("21015", "2101501", "2101502", "2101599")
                .allSatisfy(c -> assertThat(c).startsWith("21015"));
        assertThat(byParent.stream().filter(r -> r.get("code").asText().equals("2101501")).findFirst().orElseThrow()
                .get("name").asText()).isEqualTo("行政运行");

        // browsing lists the 类 only
        assertThat(server.rows("/api/items")).isNotEmpty().allSatisfy(r -> assertThat(r.get("code").asText()).hasSize(3));
        assertThat(server.rows("/api/items?q=" + "没有这种科目")).isEmpty();
    }

    @Test
    void oneItemAcrossDepartmentsWithAmountsSharesAndLines() {
        List<JsonNode> cells = server.rows("/api/items/210");
        // 新乡 2024 final account: 卫生健康 631.36 万元 of 一般公共预算财政拨款支出, 87.73 % (the must-show share)
        JsonNode xinxiang = cell(cells, "新乡", 2024, "final", "general_budget");
        assertThat(new BigDecimal(xinxiang.get("amount").asText())).isEqualByComparingTo("6313600.00");
        assertThat(new BigDecimal(xinxiang.get("share").asText())).isEqualByComparingTo("0.8773");
        assertThat(xinxiang.get("source_line").asInt()).isPositive();
        assertThat(xinxiang.get("source").asText()).isEqualTo("table");
        // 乌鲁木齐 states it in prose only: 1176.78 万元, 95.82 %, line 44
        JsonNode urumqi = cell(cells, "乌鲁木齐", 2024, "final", "general_budget");
        assertThat(new BigDecimal(urumqi.get("amount").asText())).isEqualByComparingTo("11767800.00");
        assertThat(urumqi.get("source").asText()).isEqualTo("narrative");
        assertThat(urumqi.get("source_line").asInt()).isEqualTo(44);
        // 新乡 2026 budget: 933.94 万元 in the 一般公共预算 table (the summary tables print 933.95)
        assertThat(new BigDecimal(cell(cells, "新乡", 2026, "budget", "general_budget").get("amount").asText()))
                .isEqualByComparingTo("9339400.00");

        String html = page("/items/210");
        assertThat(html).contains("卫生健康", "各部门对比", "631.36", "1,176.78", "新乡县医疗保障局", "高平市医疗保险服务中心");
        // 乌鲁木齐's amount is marked as read from prose
        assertThat(html).containsPattern("1,176.78</a><sup class=\"prose\" title=\"据文字说明[^\"]*\">述</sup>");
        // a stated share is shown only where it differs from the computed one: 新乡 2024 住房保障 4.80 % against 4.81 %
        assertThat(html).doesNotContain("stated-differs");
        assertThat(page("/items/221")).contains("4.81%", "class=\"stated-differs\"", ">4.80%</a>");
        // every amount links to its line in the document it comes from
        assertThat(html).contains("?line=" + urumqi.get("source_line").asInt() + "#L" + urumqi.get("source_line").asInt());
        // the items one level below link on
        assertThat(html).contains("/items/21015\"");
        assertThat(page("/items/210?lang=en")).contains("By department", "Class (类)");
    }

    @Test
    void anItemPageShowsItsExecutionRateWithTheReason() {
        // 新乡 2024 2101599: 24.78 of a 9.00 年初预算 = 275.33 %
        List<JsonNode> rates = server.rows("/api/items/2101599/execution");
        JsonNode r = rates.stream().filter(x -> x.get("department_id").asText().startsWith("新乡") && x.get("fiscal_year").asInt() == 2024)
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(r.get("rate").asText())).isEqualByComparingTo("2.7533");
        String html = page("/items/2101599");
        assertThat(html).contains("275.33%", "其他医疗保障管理事务");
        // the breadcrumb climbs to 210 and 21015
        assertThat(html).contains("/items/210\"", "/items/21015\"");
    }

    @Test
    void theSearchAlsoListsTheDocumentLinesHoldingTheWords() {
        // 离休干部 is no 功能分类 item: the documents name it in prose, in project tables and in 绩效 indicators
        List<JsonNode> lines = server.rows("/api/lines?q=离休干部");
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("text").asText().replace(" ", "").replace("\u3000", ""))
                .contains("离休干部"));
        // newest documents first: the 新乡 2026 budget's line 69 (its reason for the fall in income) leads
        assertThat(lines.get(0).get("fiscal_year").asInt()).isEqualTo(2026);
        assertThat(lines.get(0).get("line_no").asInt()).isEqualTo(69);
        assertThat(lines).extracting(l -> l.get("fiscal_year").asInt()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        long matches = lines.get(0).get("matches").asLong();
        assertThat(matches).isEqualTo(lines.size());
        // spaces typed or printed inside the words do not matter
        assertThat(server.rows("/api/lines?q=离休 干部")).hasSize(lines.size());
        assertThat(server.rows("/api/lines?q=离休干部&limit=2")).hasSize(2);
        assertThat(server.rows("/api/lines?q=医")).isEmpty();

        String html = page("/items?q=离休干部");
        assertThat(html).contains("<mark>离休干部</mark>", "?line=69#L69", "共 " + matches + " 行");
    }

    @Test
    void executionTablesLinkItemCodesToTheirComparison() {
        // the deviations list (新乡 2101599 at 275.33 %) and a department's own table link each 功能分类 code here;
        // 三公 categories and projects are no item
        String execution = page("/execution");
        assertThat(execution).contains("href=\"/items/2101599\"").doesNotContain("/items/reception", "/items/total");
        assertThat(page("/departments/新乡县医疗保障局?lang=en")).contains("href=\"/items/2101599?lang=en\"");
    }

    @Test
    void scopesAreSwitchableAndChartsDraw() {
        String html = page("/items/2101501?statement=expenditure");
        assertThat(html).contains("statement=general_budget");
        // what a scope is, explained where the choice is offered
        assertThat(html).contains("/glossary#scope");
        assertThat(page("/glossary")).contains("id=\"scope\"", "口径");
        HttpResponse<String> png = server.get("/charts/items/2101501.png?statement=expenditure");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("content-type").orElse("")).isEqualTo("image/png");
        assertThat(server.get("/charts/items/210.svg").body()).contains("卫生健康");
    }

    @Test
    void theYearsAskedForNarrowTheColumns() {
        // 新乡 2026 budget only: 933.94 万元; its 2024 final account (631.36) and the other departments' 2024 documents go
        String html = page("/items/210?years=2026");
        assertThat(html).contains("933.94", "2026 预算").doesNotContain("631.36", "2024 决算", "1,176.78");
        assertThat(html).contains("src=\"/charts/items/210.png?years=2026\"");
        assertThat(server.get("/charts/items/210.png?years=2026").statusCode()).isEqualTo(200);
        assertThat(page("/items/210?years=2023-2024")).contains("631.36", "1,176.78").doesNotContain("933.94");
        assertThat(server.get("/items/210?years=2026-2024").statusCode()).isEqualTo(400);
    }

    @Test
    void badCodesAreRefusedAndUnknownOnesAreNotFound() {
        assertThat(server.get("/items/21").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/items/21x01").statusCode()).isEqualTo(400);
        assertThat(server.get("/items/2101599?statement=three_public").statusCode()).isEqualTo(400);
        assertThat(server.get("/items/2101599?class=other").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = server.get("/items/2299999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("2299999");
        assertThat(server.get("/api/items?q=" + "医".repeat(41)).statusCode()).isEqualTo(400);
    }
}
