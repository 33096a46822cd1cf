package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Execution rates (决算 ÷ 预算) of the seed documents, read from the real warehouse file. */
@ExtendWith(SeedWarehouse.class)
class ExecutionRatesTest {
    private static final String RATE = """
            SELECT e.* FROM execution_rates e
            WHERE e.department_id = (SELECT department_id FROM documents WHERE department_name = ? LIMIT 1)
              AND e.fiscal_year = ? AND e.subject = ? AND e.budget_basis = ? AND e.source = ?
            ORDER BY e.measure""";

    @Test
    void xinxiangGeneralBudgetTotalItemAndThreePublic(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertRate(Sql.rows(c, RATE, "新乡县医疗保障局", 2024, "total", "initial", "final_narrative"),
                    "7472400.00", "7196800.00", "0.9631");
            List<Map<String, Object>> item = Sql.rows(c, RATE, "新乡县医疗保障局", 2024, "2101599", "initial", "final_narrative");
            assertRate(item, "90000.00", "247800.00", "2.7533");
            assertThat((String) item.get(0).get("reason")).contains("医疗服务与保障能力提升补助资金");
            assertThat((String) item.get(0).get("reason_tags")).contains("carryover_or_added_funds");
            assertRate(Sql.rows(c, RATE, "新乡县医疗保障局", 2024, "three_public.total", "adjusted", "three_public_table"),
                    "24000.00", "21500.00", "0.8958");
        }
    }

    @Test
    void preferredRateIsOnePerDepartmentYearAndSubject(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertThat(Sql.rows(c, """
                    SELECT department_id, fiscal_year, subject FROM execution_preferred
                    GROUP BY department_id, fiscal_year, subject HAVING count(*) > 1""")).isEmpty();
            assertThat(Sql.rows(c, "SELECT count(*) AS n FROM execution_preferred").get(0).get("n"))
                    .isEqualTo(Sql.rows(c, """
                            SELECT count(*) AS n FROM (SELECT DISTINCT department_id, fiscal_year, subject
                            FROM execution_rates WHERE rate IS NOT NULL)""").get(0).get("n"));
            String preferred = """
                    SELECT * FROM execution_preferred
                    WHERE department_name = '新乡县医疗保障局' AND fiscal_year = 2024 AND subject = ?""";
            // total: 一般公共预算财政拨款 against the initial budget, not gov_fund / state_capital of the same prose
            Map<String, Object> total = Sql.rows(c, preferred, "total").get(0);
            assertThat(total).containsEntry("measure", "general_budget").containsEntry("budget_basis", "initial")
                    .containsEntry("level", "total").containsEntry("subject_group", "total");
            assertThat(Sql.dec(total.get("rate"))).isEqualByComparingTo("0.9631");
            Map<String, Object> item = Sql.rows(c, preferred, "2101599").get(0);
            assertThat(item).containsEntry("level", "item").containsEntry("code", "2101599");
            assertThat(Sql.dec(item.get("rate"))).isEqualByComparingTo("2.7533");
            // 三公: the prose and the table state the same rate; the prose is preferred
            Map<String, Object> threePublic = Sql.rows(c, preferred, "three_public.total").get(0);
            assertThat(threePublic).containsEntry("source", "final_narrative").containsEntry("level", "three_public")
                    .containsEntry("code", "total");
        }
    }

    @Test
    void gaopingTotalAndSocialSecurity(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertRate(Sql.rows(c, RATE, "高平市医疗保险服务中心", 2024, "total", "initial", "final_narrative"),
                    "50152800.00", "50562600.00", "1.0082");
            assertRate(Sql.rows(c, RATE, "高平市医疗保险服务中心", 2024, "208", "initial", "final_narrative"),
                    "1515000.00", "518500.00", "0.3422");
        }
    }

    @Test
    void urumqiFromProseOnly(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertRate(Sql.rows(c, RATE, "乌鲁木齐市医疗保障局（本级）", 2024, "total", "initial", "final_narrative"),
                    "15538400.00", "12280900.00", "0.7904");
        }
    }

    @Test
    void performanceProjectsGiveRatesAgainstTheFullYearBudget(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT e.rate, e.budget, e.actual FROM execution_rates e JOIN performance_projects p
                      ON p.doc_id = e.doc_id AND e.subject = 'project:' || p.project_name
                    WHERE e.source = 'performance_eval' AND e.budget_basis = 'adjusted'""");
            assertThat(rows).isNotEmpty();
            for (Map<String, Object> r : rows) {
                BigDecimal budget = Sql.dec(r.get("budget"));
                if (budget.signum() != 0) {
                    assertThat(Sql.dec(r.get("rate"))).isEqualByComparingTo(
                            Sql.dec(r.get("actual")).divide(budget, 4, java.math.RoundingMode.HALF_UP));
                }
            }
        }
    }

    private static void assertRate(List<Map<String, Object>> rows, String budget, String actual, String rate) {
        assertThat(rows).as("execution rate rows").isNotEmpty();
        Map<String, Object> r = rows.get(0);
        assertThat(Sql.dec(r.get("budget"))).isEqualByComparingTo(budget);
        assertThat(Sql.dec(r.get("actual"))).isEqualByComparingTo(actual);
        assertThat(Sql.dec(r.get("rate"))).isEqualByComparingTo(rate);
        assertThat(r.get("doc_id")).isNotNull();
        assertThat((Integer) r.get("source_line")).isPositive();
    }
}
