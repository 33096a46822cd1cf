package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Year-over-year changes of the seed documents (prose basis: prior = current − stated change). */
@ExtendWith(SeedWarehouse.class)
class YearOverYearTest {
    private static final String YOY = """
            SELECT * FROM yoy_changes
            WHERE department_id = (SELECT department_id FROM documents WHERE department_name = ? LIMIT 1)
              AND doc_kind = ? AND fiscal_year = ? AND subject = ? AND basis = ?
            ORDER BY measure""";

    @Test
    void xinxiangFinalAndBudget(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertChange(Sql.rows(c, YOY, "新乡县医疗保障局", "final", 2024, "total", "narrative"),
                    "7196800.00", "7891500.00", "-0.0880");
            assertChange(Sql.rows(c, YOY, "新乡县医疗保障局", "budget", 2026, "total", "narrative"),
                    "10293700.00", "11702900.00", "-0.1204");
        }
    }

    @Test
    void gaopingTotalAndThreePublic(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertChange(Sql.rows(c, YOY, "高平市医疗保险服务中心", "final", 2024, "total", "narrative"),
                    "50562600.00", "23659400.00", "1.1371");
            List<Map<String, Object>> tp = Sql.rows(c, YOY, "高平市医疗保险服务中心", "final", 2024, "three_public.total", "narrative");
            assertChange(tp, "13400.00", "15800.00", "-0.1519");
            assertThat(tp.get(0).get("measure")).isEqualTo("actual");
        }
    }

    @Test
    void urumqi(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            assertChange(Sql.rows(c, YOY, "乌鲁木齐市医疗保障局（本级）", "final", 2024, "total", "narrative"),
                    "12280900.00", "10160100.00", "0.2087");
        }
    }

    @Test
    void statedPercentagesAgreeWithTheAmounts(SeedWarehouse.Built w) throws Exception {
        try (Connection c = w.open()) {
            List<Map<String, Object>> checks = Sql.rows(c,
                    "SELECT * FROM checks WHERE rule = 'stated_change_pct' AND subject = 'total'");
            assertThat(checks).isNotEmpty().allSatisfy(r -> assertThat(r.get("passed")).isEqualTo(true));
        }
    }

    private static void assertChange(List<Map<String, Object>> rows, String value, String prior, String pct) {
        assertThat(rows).as("yoy rows").isNotEmpty();
        Map<String, Object> r = rows.get(0);
        assertThat(Sql.dec(r.get("value"))).isEqualByComparingTo(value);
        assertThat(Sql.dec(r.get("prior_value"))).isEqualByComparingTo(prior);
        assertThat(Sql.dec(r.get("change_pct"))).isEqualByComparingTo(pct);
        assertThat(Sql.dec(r.get("change"))).isEqualByComparingTo(Sql.dec(value).subtract(Sql.dec(prior)));
        assertThat((Integer) r.get("source_line")).isPositive();
    }
}
