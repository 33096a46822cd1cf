package org.fiscallens.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-port functional tests over the seed warehouse: every page and API route answers, with figures from
 * the seed documents (新乡 2024 execution 96.31%, 高平 三公 1.34 万元, 乌鲁木齐 total 1228.09 万元).
 */
class DashboardHttpTest {
    static TestServer server;
    static String xinxiang;
    static String gaoping;
    static String urumqi;
    static String xinxiangFinalDoc;

    @BeforeAll
    static void start() {
        server = TestServer.seed();
        xinxiang = server.departmentId("新乡县医疗保障局");
        gaoping = server.departmentId("高平市医疗保险服务中心");
        urumqi = server.departmentId("乌鲁木齐");
        xinxiangFinalDoc = server.rows("/api/documents").stream()
                .filter(d -> d.get("department_id").asText().equals(xinxiang) && d.get("doc_kind").asText().equals("final"))
                .findFirst().orElseThrow().get("doc_id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static BigDecimal dec(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    static String page(String path) {
        return server.page(path);
    }

    static JsonNode xinxiangTotal2024(List<JsonNode> rows) {
        return rows.stream().filter(r -> r.get("department_id").asText().equals(xinxiang)
                        && r.get("fiscal_year").asInt() == 2024 && r.get("subject").asText().equals("total"))
                .findFirst().orElseThrow(() -> new AssertionError("no 新乡 2024 total in " + rows));
    }

    @Test
    void overviewShowsCoverageOfAllFiveDocumentsWithScores() {
        String html = page("/");
        assertThat(html).contains("新乡县医疗保障局", "高平市医疗保险服务中心", "乌鲁木齐市医疗保障局", "西乡县医疗保险业务经办中心")
                .contains("数据覆盖", "最新异常");
        // anomalies are named in the page's language (新乡 2101599 at 275.33 %), the rule key kept as a tooltip
        assertThat(html).contains("title=\"execution_out_of_range\">执行率超出正常范围</span>");
        assertThat(page("/?lang=en")).contains(">execution rate out of range</span>");
        List<JsonNode> coverage = server.rows("/api/overview/coverage");
        assertThat(coverage).hasSize(5);
        assertThat(coverage).extracting(r -> r.get("fiscal_year").asInt() + r.get("doc_kind").asText())
                .contains("2024final", "2026budget", "2024budget");
        JsonNode head = server.rows("/api/overview/headlines").get(0);
        assertThat(head.get("documents").asInt()).isEqualTo(5);
        assertThat(head.get("departments").asInt()).isEqualTo(4);
        assertThat(server.json("/api/overview/anomalies").get("rows").isArray()).isTrue();
        assertThat(page("/?lang=en")).contains("Coverage", "Overview", "lang=\"en\"");
    }

    @Test
    void executionPageAndApiShowXinxiang2024At9631() {
        String html = page("/execution?years=2024");
        assertThat(html).contains("新乡县医疗保障局").contains("96.31%").contains("719.68").contains("747.24");
        // a total is named by its measure (一般公共预算财政拨款支出), not tagged with the warehouse key 'total'
        assertThat(html).doesNotContain("<code>total</code>");
        JsonNode row = xinxiangTotal2024(server.rows("/api/execution?years=2024"));
        assertThat(dec(row.get("rate"))).isEqualByComparingTo("0.9631");
        assertThat(dec(row.get("actual"))).isEqualByComparingTo("7196800");
        assertThat(dec(row.get("budget"))).isEqualByComparingTo("7472400");
        assertThat(server.get("/api/execution?years=2024&format=csv").body()).contains("0.9631");
        List<JsonNode> deviations = server.rows("/api/execution/deviations?years=2024");
        assertThat(deviations).anySatisfy(r -> {
            assertThat(r.get("subject").asText()).isEqualTo("2101599");
            assertThat(dec(r.get("rate"))).isEqualByComparingTo("2.7533");
        });
        assertThat(page("/execution?years=2024&level=item")).contains("2101599");
    }

    @Test
    void executionRankingAndDeviationsAreOrderedWithOneRatePerDepartmentYearAndSubject() {
        List<JsonNode> ranking = server.rows("/api/execution?years=2024&level=all");
        assertThat(ranking).hasSizeGreaterThan(20);
        assertThat(ranking).extracting(r -> r.get("department_id").asText() + "|" + r.get("fiscal_year").asInt() + "|"
                + r.get("subject").asText()).doesNotHaveDuplicates();
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(dec(ranking.get(i - 1).get("rate"))).as("rank %d", i).isGreaterThanOrEqualTo(dec(ranking.get(i).get("rate")));
        }
        assertThat(server.rows("/api/execution?years=2024")).extracting(r -> r.get("subject").asText()).containsOnly("total");
        List<JsonNode> deviations = server.rows("/api/execution/deviations?years=2024");
        for (int i = 1; i < deviations.size(); i++) {
            assertThat(dec(deviations.get(i - 1).get("relative_deviation")).abs()).as("deviation %d", i)
                    .isGreaterThanOrEqualTo(dec(deviations.get(i).get("relative_deviation")).abs());
        }
        assertThat(deviations.get(0).get("subject").asText()).isEqualTo("2101599");
    }

    @Test
    void threePublicShowsGaoping134Wan() {
        String html = page("/three-public");
        assertThat(html).contains("高平市医疗保险服务中心").contains("1.34");
        List<JsonNode> series = server.rows("/api/three-public/series?department=" + gaoping);
        assertThat(series).anySatisfy(r -> {
            assertThat(r.get("category").asText()).isEqualTo("total");
            assertThat(r.get("fiscal_year").asInt()).isEqualTo(2024);
            assertThat(r.get("measure").asText()).isEqualTo("actual");
            assertThat(dec(r.get("amount"))).isEqualByComparingTo("13400");
        });
        List<JsonNode> xx = server.rows("/api/three-public/series?department=" + xinxiang);
        assertThat(xx).filteredOn(r -> r.get("category").asText().equals("total"))
                .extracting(r -> r.get("fiscal_year").asInt() + "/" + r.get("measure").asText() + "/" + dec(r.get("amount")).stripTrailingZeros().toPlainString())
                .contains("2024/budget/24000", "2024/actual/21500", "2025/budget/24000", "2026/budget/20000");
        assertThat(server.json("/api/three-public/anomalies").get("rows").isArray()).isTrue();
        assertThat(server.get("/api/three-public/series?format=csv").body()).contains("13400");
    }

    @Test
    void departmentPageShowsUrumqiTotal122809WithSourceLinks() {
        String html = page("/departments/" + urumqi);
        assertThat(html).contains("乌鲁木齐市医疗保障局").contains("1,228.09").contains("class=\"fig\" href=\"/documents/");
        List<JsonNode> totals = server.rows("/api/departments/" + urumqi + "/totals");
        assertThat(totals).anySatisfy(r -> {
            assertThat(r.get("fiscal_year").asInt()).isEqualTo(2024);
            assertThat(r.get("doc_kind").asText()).isEqualTo("final");
            assertThat(dec(r.get("amount"))).isEqualByComparingTo("12280900");
            assertThat(r.get("source_line").isNull()).isFalse();
        });
        // the staff it states, with the line, in the page header and the API (22 实有, no 编制 figure)
        assertThat(html).contains("id=\"staff\"").contains("实有人数 <a class=\"fig\"");
        assertThat(server.rows("/api/departments/" + urumqi + "/staff")).singleElement().satisfies(r -> {
            assertThat(r.get("subject").asText()).isEqualTo("actual");
            assertThat(r.get("persons").asInt()).isEqualTo(22);
        });
        assertThat(server.rows("/api/departments/" + server.departmentId("西乡县") + "/staff"))
                .extracting(r -> r.get("subject").asText() + " " + r.get("persons").asInt() + " @" + r.get("source_line").asInt())
                .containsExactly("actual 22 @66", "authorized 24 @66");
        // no 功能分类 table: the tree comes from the prose, and says so
        assertThat(html).contains("据文字说明").contains("医疗保障管理事务").contains("95.82%");
        assertThat(server.rows("/api/departments/" + urumqi + "/functions")).anySatisfy(r -> {
            assertThat(r.get("code").asText()).isEqualTo("2101504");
            assertThat(r.get("source").asText()).isEqualTo("narrative");
            assertThat(r.get("source_line").asInt()).isEqualTo(52);
        });
    }

    @Test
    void departmentApiTablesForXinxiang() {
        String id = xinxiang;
        List<JsonNode> functions = server.rows("/api/departments/" + id + "/functions");
        assertThat(functions).anySatisfy(r -> {
            assertThat(r.get("code").asText()).isEqualTo("210");
            assertThat(r.get("fiscal_year").asInt()).isEqualTo(2024);
            assertThat(dec(r.get("share"))).isEqualByComparingTo("0.8773");
        });
        List<JsonNode> shares = server.rows("/api/departments/" + id + "/shares");
        assertThat(shares).anySatisfy(r -> {
            assertThat(r.get("fiscal_year").asInt()).isEqualTo(2026);
            assertThat(r.get("code").asText()).isEqualTo("basic");
            assertThat(dec(r.get("share"))).isEqualByComparingTo("0.4440");
        });
        assertThat(xinxiangTotal2024(server.rows("/api/departments/" + id + "/execution")).get("rate").asText()).isEqualTo("0.9631");
        assertThat(server.rows("/api/departments/" + id + "/yoy")).anySatisfy(r -> {
            assertThat(r.get("subject").asText()).isEqualTo("total");
            assertThat(r.get("fiscal_year").asInt()).isEqualTo(2024);
            assertThat(dec(r.get("prior_value"))).isEqualByComparingTo("7891500");
        });
        assertThat(server.rows("/api/departments/" + id + "/three-public")).isNotEmpty();
        assertThat(server.json("/api/departments/" + id + "/performance").get("rows").isArray()).isTrue();
        assertThat(server.rows("/api/departments/" + id + "/checks")).anySatisfy(r ->
                assertThat(r.get("rule").asText()).isNotBlank());
        String html = page("/departments/" + id);
        assertThat(html).contains("96.31%", "719.68", "87.73%", "卫生健康支出", "2.40", "2.15");
        // the year-over-year basis in the page's language, not the warehouse key (the 2024 total: stated in prose)
        assertThat(html).contains("文件所述增减").doesNotContain(">narrative<");
        assertThat(page("/departments/" + id + "?lang=en")).contains("change stated in the document");
        assertThat(page("/departments")).contains("新乡县医疗保障局", "西乡县医疗保险业务经办中心")
                .contains("2024–2026 · 2").doesNotContain("2024–2024");
        // a department disclosed for one year shows that year, not a range from it to itself (西乡: 2024 budget only)
        assertThat(page("/departments/西乡县医疗保险业务经办中心"))
                .contains("陕西省/汉中市/西乡县 · 2024 ·").doesNotContain("2024–2024");
        assertThat(server.rows("/api/departments")).hasSize(4);
    }

    @Test
    void compareTwoDepartmentsSideBySideWithCsv() {
        String q = "d=" + xinxiang + "&d=" + gaoping + "&years=2024";
        String html = page("/compare?" + q);
        assertThat(html).contains("id=\"compare-table\"", "719.68", "96.31%", "5,056.26", "100.82%", "1.34", "2.15")
                .contains("/charts/compare/totals.png?d=" + enc(xinxiang) + "&amp;d=" + enc(gaoping) + "&amp;years=2024");
        List<JsonNode> rows = server.rows("/api/compare?" + q);
        assertThat(rows).hasSize(2);
        JsonNode gp = rows.stream().filter(r -> r.get("department_id").asText().equals(gaoping)).findFirst().orElseThrow();
        assertThat(dec(gp.get("actual"))).isEqualByComparingTo("50562600");
        assertThat(dec(gp.get("execution_rate"))).isEqualByComparingTo("1.0082");
        assertThat(dec(gp.get("three_public_actual"))).isEqualByComparingTo("13400");
        // every figure of a row is traceable: a share to the line of its amount (高平 2024 基本支出 27.04 %, line 156
        // of its final account; 人员经费 99.38 %, line 443), the 三公 rate to the line of the actual
        assertThat(dec(gp.get("basic_share"))).isEqualByComparingTo("0.2704");
        assertThat(gp.get("basic_share_source_line").asInt()).isEqualTo(156);
        assertThat(gp.get("personnel_share_source_line").asInt()).isEqualTo(443);
        assertThat(gp.get("basic_share_doc_id").asText()).isEqualTo(gp.get("doc_id").asText());
        assertThat(html).contains("href=\"/documents/" + gp.get("doc_id").asText() + "?line=156#L156\" title=\""
                + gp.get("doc_id").asText() + " : 156\">27.04%</a>");
        assertThat(html).contains("?line=" + gp.get("three_public_actual_source_line").asInt() + "#L"
                + gp.get("three_public_actual_source_line").asInt() + "\" title=\"" + gp.get("three_public_actual_doc_id").asText()
                + " : " + gp.get("three_public_actual_source_line").asInt() + "\">100.00%</a>");
        HttpResponse<String> csv = server.get("/api/compare?" + q + "&format=csv");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("department_id,department_name,fiscal_year").contains("0.9631").contains("50562600");
        // an empty comparison offers one to start from: the four seed departments, 2024 (all of them hold one)
        assertThat(page("/compare")).contains("compare-form", "id=\"compare-suggestions\"", "全部 4 个部门（2024 年）")
                .contains("d=" + enc(xinxiang)).contains("years=2024\"");
    }

    @Test
    void compareNormalisesByTheStaffTheDocumentsState() {
        // 乌鲁木齐 and 西乡 both state 22 staff (实有人数); 新乡 states none, so it has no per-staff figures
        String xixiang = server.departmentId("西乡县");
        String q = "d=" + urumqi + "&d=" + xixiang + "&d=" + xinxiang + "&years=2024";
        List<JsonNode> rows = server.rows("/api/compare?" + q);
        JsonNode ur = rows.stream().filter(r -> r.get("department_id").asText().equals(urumqi)).findFirst().orElseThrow();
        assertThat(ur.get("staff").asInt()).isEqualTo(22);
        assertThat(dec(ur.get("budget_per_staff"))).isEqualByComparingTo("706290.91"); // 1553.84 万元 / 22
        assertThat(dec(ur.get("actual_per_staff"))).isEqualByComparingTo("558222.73"); // 1228.09 万元 / 22
        JsonNode xx = rows.stream().filter(r -> r.get("department_id").asText().equals(xixiang)).findFirst().orElseThrow();
        assertThat(dec(xx.get("budget_per_staff"))).isEqualByComparingTo("107672.73"); // 236.88 万元 (its 预算支出) / 22
        assertThat(xx.get("actual_per_staff").isNull()).isTrue();
        assertThat(xx.get("staff_source_line").asInt()).isEqualTo(66);
        JsonNode xn = rows.stream().filter(r -> r.get("department_id").asText().equals(xinxiang)).findFirst().orElseThrow();
        assertThat(xn.get("staff").isNull()).isTrue();
        String html = page("/compare?" + q);
        assertThat(html).contains("实有人数", "人均预算", "70.63", "10.77", "55.82");
    }

    @Test
    void qualityPageListsChecksWithLineLinks() {
        String html = page("/quality");
        assertThat(html).contains("数据质量").contains("href=\"/documents/");
        assertThat(server.rows("/api/quality/documents")).hasSize(5);
        List<JsonNode> checks = server.rows("/api/quality/checks?doc=" + xinxiangFinalDoc);
        assertThat(checks).isNotEmpty().allSatisfy(c -> assertThat(c.get("doc_id").asText()).isEqualTo(xinxiangFinalDoc));
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.get("rule").asText()).isEqualTo("stated_pct");
            assertThat(c.get("passed").asBoolean()).isFalse();
        });
        assertThat(page("/quality?doc=" + xinxiangFinalDoc)).contains(xinxiangFinalDoc);
        assertThat(server.json("/api/quality/issues").get("rows").isArray()).isTrue();
        // unread lines carry their severity as a labelled badge (西乡's repeated rows are info, its listed tables warnings)
        assertThat(html).contains("<span class=\"sev info\">提示</span>", "<span class=\"sev warning\">警告</span>")
                .doesNotContain("<td>info</td>", "<td>warning</td>");
        // rules are named in the page's language, the key kept as a tooltip (新乡's stated 4.80 % share)
        assertThat(html).contains("<span title=\"stated_pct\">所述百分比</span>");
        assertThat(page("/quality?lang=en")).contains("<span title=\"stated_pct\">stated percentage</span>");
        // every check names its document, so the list over all documents says whose check it is
        assertThat(html).contains("href=\"/quality?doc=" + xinxiangFinalDoc + "\" title=\"" + xinxiangFinalDoc
                + "\">新乡县医疗保障局<br>2024 决算</a>");
        assertThat(checks).allSatisfy(c -> assertThat(c.get("doc_kind").asText()).isEqualTo("final"));
        // failures summed per rule: over the five documents 应公开的表齐全 fails most (西乡's 表2 and 表3 missing as errors;
        // its and 新乡 2026's 国有资本经营预算支出表, whose fund both state is 0, and 乌鲁木齐's seven tables published
        // separately as warnings)
        List<JsonNode> rules = server.rows("/api/quality/rules");
        assertThat(rules.get(0).get("rule").asText()).isEqualTo("mandated_tables");
        assertThat(rules.get(0).get("errors").asInt()).isEqualTo(2);
        assertThat(rules.get(0).get("warnings").asInt()).isEqualTo(9);
        assertThat(rules.get(0).get("documents_failing").asInt()).isEqualTo(3);
        assertThat(html).contains("<span title=\"mandated_tables\">应公开的表齐全</span>", "按规则汇总");
        // explanations in the page's language: the 4.80 % housing share, 0.0063 points off the computed 4.8063 %
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.get("message").asText()).startsWith("differs by 0.0063 points: stated 4.80%");
            assertThat(c.get("message_zh").asText()).startsWith("相差 0.0063 个百分点：文中 4.80%");
        });
        assertThat(html).contains("相差 0.0063 个百分点：文中 4.80%").doesNotContain("differs by 0.0063 points");
        // expected and actual in the unit of the rule: percent points for a stated percentage, else 万元 as on every page
        assertThat(html).contains("<td class=\"num\">4.8063%</td><td class=\"num\">4.80%</td>")
                .contains("<td class=\"num\">1,367.05</td><td class=\"num\">—</td>");
        assertThat(page("/quality?lang=en")).contains("differs by 0.0063 points: stated 4.80%")
                .doesNotContain("相差 0.0063 个百分点");
        // unread lines too: 西乡's 合计 repeated on a continuation page, its kind named, the key as a tooltip
        assertThat(html).contains("<span title=\"repeated_row\">续页重复行</span>", "“合计”行在 部门综合预算一般公共预算基本支出明细表")
                .doesNotContain("repeats on the continuation page");
        assertThat(server.rows("/api/quality/issues")).anySatisfy(i -> {
            assertThat(i.get("message").asText()).startsWith("row '合计' repeats on the continuation page");
            assertThat(i.get("message_zh").asText()).startsWith("“合计”行在 ");
        });
        assertThat(page("/quality?lang=en")).contains("<span title=\"repeated_row\">repeated row</span>",
                "repeats on the continuation page of 部门综合预算一般公共预算基本支出明细表");
        // a long unread line (高平's OCR table run into one line) is shortened, the whole of it one click away
        assertThat(html).contains("<details class=\"raw long\"><summary>").containsPattern("（展开全文，共 \\d{3,} 字）");
    }

    @Test
    void sourceViewerOpensADocumentAtTheHighlightedLine() {
        int titleLine = server.rows("/api/documents/" + xinxiangFinalDoc + "/lines").stream()
                .filter(l -> l.get("text").asText().contains("新乡县医疗保障局部门决算")).findFirst().orElseThrow()
                .get("line_no").asInt();
        assertThat(titleLine).as("the title is near the top of the file").isBetween(1, 10);
        String html = page("/documents/" + xinxiangFinalDoc + "?line=" + titleLine);
        assertThat(html).contains("id=\"L" + titleLine + "\" class=\"hl\"").contains("新乡县医疗保障局部门决算");
        List<JsonNode> lines = server.rows("/api/documents/" + xinxiangFinalDoc + "/lines?from=" + titleLine + "&to=" + titleLine);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("text").asText()).contains("新乡县医疗保障局部门决算");
        assertThat(server.rows("/api/documents")).hasSize(5);
    }

    @Test
    void compareShowsSpendingByClassSideBySide() {
        List<JsonNode> rows = server.rows("/api/compare/classes?d=" + xinxiang + "&d=" + gaoping + "&years=2024");
        JsonNode xinxiangHealth = rows.stream().filter(r -> r.get("department_id").asText().equals(xinxiang)
                && r.get("code").asText().equals("210")).findFirst().orElseThrow();
        // 新乡 2024: the final account's 一般公共预算财政拨款 breakdown, 卫生健康 87.73 %
        assertThat(xinxiangHealth.get("doc_kind").asText()).isEqualTo("final");
        assertThat(xinxiangHealth.get("statement").asText()).isEqualTo("general_budget");
        assertThat(dec(xinxiangHealth.get("share"))).isEqualByComparingTo("0.8773");
        JsonNode gaopingHealth = rows.stream().filter(r -> r.get("department_id").asText().equals(gaoping)
                && r.get("code").asText().equals("210")).findFirst().orElseThrow();
        assertThat(dec(gaopingHealth.get("share"))).isEqualByComparingTo("0.9842");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("fiscal_year").asInt()).isEqualTo(2024));

        String html = page("/compare?d=" + xinxiang + "&d=" + gaoping + "&years=2024");
        assertThat(html).contains("支出功能分类（类）占比", "id=\"compare-classes\"", "/items/210\"", "87.73%", "98.42%");
    }

    @Test
    void glossaryInOurOwnWords() {
        assertThat(page("/glossary")).contains("基本支出", "项目支出", "三公经费", "机关运行经费", "年初预算", "执行率", "功能分类", "经济分类",
                "实有人数与编制", "文件所列与文件所述");
        assertThat(server.rows("/api/glossary")).hasSizeGreaterThan(10);
        assertThat(page("/glossary?lang=en")).contains("Basic spending", "Execution rate");
    }

    @Test
    void chartsServePngAndSvgAtStableUrls() {
        String q = "?d=" + xinxiang + "&d=" + gaoping + "&years=2024";
        for (String path : List.of("/charts/departments/" + xinxiang + "/totals", "/charts/departments/" + xinxiang + "/three-public",
                "/charts/departments/" + xinxiang + "/functions", "/charts/compare/totals" + "§" + q,
                "/charts/compare/execution§" + q, "/charts/compare/three-public§" + q, "/charts/execution/ranking§?years=2024",
                "/charts/three-public/trend§?measure=actual")) {
            String[] parts = path.split("§");
            String query = parts.length > 1 ? parts[1] : "";
            HttpResponse<byte[]> png = server.bytes(parts[0] + ".png" + query);
            assertThat(png.statusCode()).as(path).isEqualTo(200);
            assertThat(png.headers().firstValue("content-type").orElse("")).isEqualTo("image/png");
            assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
            HttpResponse<String> svg = server.get(parts[0] + ".svg" + query);
            assertThat(svg.statusCode()).as(path).isEqualTo(200);
            assertThat(svg.body()).startsWith("<svg").contains("Noto Sans CJK SC");
        }
        assertThat(server.get("/charts/compare/totals.svg" + q).body()).contains("新乡县医疗保障局");
    }

    @Test
    void responsesCarryEtagsAndRevalidateTo304() {
        HttpResponse<String> first = server.get("/api/execution?years=2024");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(etag).contains(server.warehouse().version());
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/api/execution?years=2024"))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void unknownThingsGetFriendly404sAndMalformedParameters400() {
        HttpResponse<String> page = server.get("/departments/no-such-department");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("没有找到部门", "返回总览");
        HttpResponse<String> api = server.get("/api/departments/no-such-department/totals");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"error\":\"not_found\"");
        HttpResponse<String> bad = server.get("/api/execution?years=20x4");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"parameter\":\"years\"");
        assertThat(server.get("/execution?level=everything").body()).contains("level");
        assertThat(server.get("/compare?d=" + xinxiang + "&d=x%27%20or%201%3D1").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/documents/..%2f..%2fetc%2fpasswd/lines").statusCode()).isIn(400, 404);
        assertThat(server.get("/documents/%2e%2e").statusCode()).isIn(400, 404);
        assertThat(server.get("/documents/not_a_doc").statusCode()).isEqualTo(404);
        assertThat(server.get("/documents/" + xinxiangFinalDoc + "?line=abc").statusCode()).isEqualTo(400);
        assertThat(server.get("/nowhere").statusCode()).isEqualTo(404);
        assertThat(server.json("/api/version").get("warehouse").asText()).isEqualTo(server.warehouse().version());
        HttpResponse<String> badPage = server.get("/quality?cpage=0");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("cpage");
    }

    @Test
    void longTablesArePagedWhileTheApiKeepsEveryRow() {
        // five documents fit on the first page: no pager, and the API has no paging column
        assertThat(page("/quality")).doesNotContain("class=\"pager\"");
        assertThat(server.rows("/api/quality/documents")).hasSize(5).allSatisfy(r -> assertThat(r.has("total_rows")).isFalse());
        // a page past the end lists nothing and links back, keeping the other parameters and the language
        String past = page("/quality?page=2&lang=en");
        // (the page's own content: the printed source list after it names the documents its other sections link to)
        assertThat(past.substring(0, past.indexOf("</main>"))).contains("class=\"pager\"", "href=\"/quality?lang=en#page\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"").doesNotContain("<code>" + xinxiangFinalDoc + "</code>");
        // the execution ranking numbers its rows from the page's first row; 高平 2024 (100.82 %) ranks first
        String ranking = page("/execution?years=2024");
        assertThat(ranking).contains("<td data-sort=\"1\">1</td>");
        assertThat(server.rows("/api/execution?years=2024").get(0).get("rate").decimalValue())
                .isEqualByComparingTo("1.0082");
        // the API takes limit and offset instead
        List<JsonNode> checks = server.rows("/api/quality/checks?doc=" + xinxiangFinalDoc);
        List<JsonNode> window = server.rows("/api/quality/checks?doc=" + xinxiangFinalDoc + "&limit=2&offset=1");
        assertThat(window).hasSize(2);
        assertThat(window.get(0).get("check_id").asText()).isEqualTo(checks.get(1).get("check_id").asText());
        assertThat(server.rows("/api/quality/documents?limit=3")).hasSize(3);
        assertThat(server.get("/api/quality/issues?limit=0").statusCode()).isEqualTo(400);
        // documents in the order an oversight reader asks for: least consistent first (乌鲁木齐 78.13 %), most errors
        // first (西乡, 3), the order kept across pages because the query sorts before it cuts
        assertThat(server.rows("/api/quality/documents?sort=score").get(0).get("department_name").asText()).startsWith("乌鲁木齐市");
        assertThat(server.rows("/api/quality/documents?sort=errors").get(0).get("department_name").asText())
                .isEqualTo("西乡县医疗保险业务经办中心");
        assertThat(page("/quality?sort=score")).contains("<option value=\"score\" selected>");
        assertThat(server.get("/quality?sort=name").statusCode()).isEqualTo(400);
        assertThat(page("/three-public")).contains("新乡县医疗保障局").doesNotContain("class=\"pager\"");
        assertThat(page("/?page=2")).contains("class=\"pager\"").doesNotContain("<th scope=\"row\">");
    }
}
