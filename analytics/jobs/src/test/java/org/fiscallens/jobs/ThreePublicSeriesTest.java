package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The 三公 series across documents, and the anomaly rules over it. */
@ExtendWith(SeedWarehouse.class)
class ThreePublicSeriesTest {
    @Test
    void xinxiangSeriesComesFromTwoDocuments(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT s.fiscal_year, s.measure, s.amount, s.doc_id FROM three_public_series s
                    WHERE s.department_id = (SELECT department_id FROM documents WHERE department_name = '新乡县医疗保障局' LIMIT 1)
                      AND s.category = 'total' ORDER BY s.fiscal_year, s.measure""");
            Map<String, String> series = rows.stream().collect(Collectors.toMap(
                    r -> r.get("fiscal_year") + " " + r.get("measure"), r -> Sql.dec(r.get("amount")).toPlainString()));
            assertThat(series).containsEntry("2024 budget", "24000.00").containsEntry("2024 actual", "21500.00")
                    .containsEntry("2025 budget", "24000.00").containsEntry("2026 budget", "20000.00");
            assertThat(rows.stream().map(r -> r.get("doc_id")).distinct().count()).isEqualTo(2);
        }
    }

    @Test
    void xixiangStatesNoThreePublicBudgetForEitherYearAndIsSeriesZeroNotMissing(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            // "上年及本年度，本单位无“三公”经费预算…": a stated zero for both years, kept with its line, so the
            // department is among its peers; the prior year's zero is the 2023 budget
            List<Map<String, Object>> rows = Sql.rows(c, """
                    SELECT s.fiscal_year, s.measure, s.amount, s.source_line, s.source FROM three_public_series s
                    WHERE s.department_id = (SELECT department_id FROM documents WHERE department_name LIKE '西乡县%' LIMIT 1)
                      AND s.category = 'total' ORDER BY s.fiscal_year""");
            assertThat(rows).hasSize(2).allSatisfy(r -> {
                assertThat(r.get("measure")).isEqualTo("budget");
                assertThat(Sql.dec(r.get("amount")).signum()).isZero();
                assertThat(r.get("source_line")).isEqualTo(136);
            });
            assertThat(rows).extracting(r -> r.get("fiscal_year") + " " + r.get("source"))
                    .containsExactly("2023 prior_year_stated", "2024 narrative");
        }
    }

    @Test
    void anomaliesAreExplainedInBothLanguagesWithTheirSource(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            List<Map<String, Object>> rows = Sql.rows(c, "SELECT * FROM anomalies");
            assertThat(rows).isNotEmpty();
            assertThat(rows).allSatisfy(r -> {
                assertThat((String) r.get("explanation_zh")).isNotBlank();
                assertThat((String) r.get("explanation_en")).isNotBlank();
                assertThat(r.get("doc_id")).isNotNull();
            });
            // 新乡 item 2101599 was executed at 275.33% of its initial budget: beyond execution.high_rate
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get("rule")).isEqualTo("execution_out_of_range");
                assertThat(r.get("subject")).isEqualTo("2101599");
                assertThat((String) r.get("explanation_zh")).contains("275.33%");
            });
        }
    }
}
