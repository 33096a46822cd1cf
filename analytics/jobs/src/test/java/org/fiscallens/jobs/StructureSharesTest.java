package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Structure shares and the stated-vs-computed share checks of the seed documents. */
@ExtendWith(SeedWarehouse.class)
class StructureSharesTest {
    private static final String SHARE = """
            SELECT s.* FROM structure_shares s JOIN documents d ON d.doc_id = s.doc_id
            WHERE d.department_name = ? AND s.fiscal_year = ? AND s.doc_kind = ? AND s.dimension = ?
              AND s.statement = ? AND s.code = ?""";

    @Test
    void xinxiang2024GeneralBudgetByClass(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertShare(c, "210", "0.8773", "0.8773");
            assertShare(c, "208", "0.0747", "0.0747");
            Map<String, Object> housing = assertShare(c, "221", "0.0481", "0.0480");
            List<Map<String, Object>> check = Sql.rows(c, """
                    SELECT * FROM checks WHERE doc_id = ? AND rule = 'stated_share' AND subject = '221'
                      AND check_id LIKE 'stated_share:general_budget:function_class:%'""", housing.get("doc_id"));
            assertThat(check).hasSize(1);
            assertThat(check.get(0).get("severity")).isEqualTo("warning");
            assertThat(check.get(0).get("passed")).isEqualTo(false);
            assertThat((String) check.get(0).get("message")).contains("4.80%", "4.81%", "rounding-level difference");
            assertThat((String) check.get(0).get("message_zh")).contains("4.80%", "4.81%", "尾差级差异");
            List<Map<String, Object>> parsed = Sql.rows(c, """
                    SELECT message, message_zh FROM checks WHERE doc_id = ? AND rule = 'stated_pct'
                      AND subject = '221:general_budget:share_pct'""", housing.get("doc_id"));
            assertThat(parsed).singleElement().satisfies(r -> {
                assertThat((String) r.get("message")).startsWith("differs by 0.0063 points: stated 4.80%");
                assertThat((String) r.get("message_zh")).startsWith("相差 0.0063 个百分点：文中 4.80%");
            });
        }
    }

    @Test
    void xinxiang2026BudgetBasicVersusProject(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT s.code, s.share FROM structure_shares s JOIN documents d ON d.doc_id = s.doc_id
                    WHERE d.department_name = '新乡县医疗保障局' AND s.fiscal_year = 2026 AND s.dimension = 'basic_project'
                    ORDER BY s.code""");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("code")).isEqualTo("basic");
            assertThat(Sql.dec(rows.get(0).get("share"))).isEqualByComparingTo("0.4440");
            assertThat(Sql.dec(rows.get(1).get("share"))).isEqualByComparingTo("0.5560");
        }
    }

    @Test
    void xixiangSplitsItsTotalRowIntoPersonnelPublicAndSpecialFunds(SeedWarehouse.Built w) throws Exception {
        // 西乡 prints no 基本支出 column: 合计 = 人员经费支出 + 公用经费支出 + 专项业务经费支出 (元). Both splits come from
        // that one row, so each pair adds up: 基本支出 2,288,819 = 2,137,019 + 151,800, 项目支出 80,000.
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT s.dimension, s.code, s.amount, s.share, s.statement, s.source_line
                    FROM structure_shares s JOIN documents d ON d.doc_id = s.doc_id
                    WHERE d.department_name LIKE '西乡县%' AND s.dimension IN ('basic_project', 'personnel_public')
                    ORDER BY s.dimension, s.code""");
            assertThat(rows).extracting(r -> r.get("code") + " " + Sql.dec(r.get("amount")).toPlainString() + " "
                            + Sql.dec(r.get("share")).toPlainString())
                    .containsExactly("basic 2288819.00 0.9662", "project 80000.00 0.0338",
                            "personnel 2137019.00 0.9337", "public 151800.00 0.0663");
            assertThat(rows).extracting(r -> r.get("statement")).containsOnly("general_budget");
            assertThat(rows).extracting(r -> r.get("source_line")).containsOnly(281);
        }
    }

    @Test
    void urumqiProseOnlyAccountGivesFunctionSharesFromItsSentences(SeedWarehouse.Built w) throws Exception {
        // 乌鲁木齐 has no tables; its prose states each 类 and 项 of 一般公共预算财政拨款支出 and the total 1228.09 万元,
        // which the three 类 add up to exactly, so the shares are computed from the prose lines
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT s.dimension, s.code, s.name, s.amount, s.share, s.stated_share, s.source_line, s.source
                    FROM structure_shares s JOIN documents d ON d.doc_id = s.doc_id
                    WHERE d.department_name LIKE '乌鲁木齐%' AND s.dimension LIKE 'function%' ORDER BY s.code""");
            assertThat(rows).extracting(r -> r.get("source")).containsOnly("narrative");
            Map<String, Map<String, Object>> byCode = new java.util.HashMap<>();
            rows.forEach(r -> byCode.put((String) r.get("code"), r));
            assertThat(Sql.dec(byCode.get("210").get("share"))).isEqualByComparingTo("0.9582");
            assertThat(Sql.dec(byCode.get("210").get("stated_share"))).isEqualByComparingTo("0.9582");
            assertThat(byCode.get("210").get("source_line")).isEqualTo(44);
            // 款 the prose names only inside its 项 sentences: summed from them, named from them
            assertThat(byCode.get("21015").get("name")).isEqualTo("医疗保障管理事务");
            assertThat(Sql.dec(byCode.get("21015").get("amount"))).isEqualByComparingTo("11291700");
            assertThat(byCode.get("2100601").get("name")).isEqualTo("中医(民族医)药专项");
            assertThat(Sql.dec(byCode.get("2101504").get("share"))).isEqualByComparingTo("0.3477");
        }
    }

    private static Map<String, Object> assertShare(Connection c, String code, String share, String stated) throws Exception {
        List<Map<String, Object>> rows = Sql.rows(c, SHARE, "新乡县医疗保障局", 2024, "final", "function_class",
                "general_budget", code);
        assertThat(rows).as("share of " + code).hasSize(1);
        assertThat(Sql.dec(rows.get(0).get("share"))).isEqualByComparingTo(share);
        assertThat(Sql.dec(rows.get(0).get("stated_share"))).isEqualByComparingTo(stated);
        return rows.get(0);
    }
}
