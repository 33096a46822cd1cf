package org.fiscallens.jobs;

import org.fiscallens.jobs.metrics.DuckDbMetrics;
import org.fiscallens.jobs.metrics.MetricCatalog;
import org.fiscallens.jobs.metrics.MetricParams;
import org.fiscallens.jobs.parse.RecordRows;
import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric SQL is written in the subset Spark SQL and DuckDB share: run by DuckDB alone over the records of
 * the seed warehouse, every metric gives exactly the rows Spark gave (the benchmark's baseline is honest).
 */
@ExtendWith(SeedWarehouse.class)
class DuckDbParityTest {
    @Test
    void duckDbAloneComputesTheSameMetrics(SeedWarehouse.Built w) throws Exception {
        WarehouseSchema schema = WarehouseSchema.contract();
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = conn.createStatement()) {
            st.execute("ATTACH '" + w.file() + "' AS wh (READ_ONLY)");
            for (String t : RecordRows.TABLES) {
                st.execute("CREATE TABLE " + t + " AS SELECT * FROM wh." + t);
            }
            // the warehouse's checks hold the metric checks too; the baseline starts from the documents' own
            st.execute("DELETE FROM checks WHERE rule IN ('stated_share', 'stated_change_pct', 'yoy_prior_agreement')");
            DuckDbMetrics metrics = new DuckDbMetrics(schema);
            metrics.writeReference(conn, MetricParams.defaults(), true);
            metrics.run(conn, (m, ms) -> { });
            for (String metric : MetricCatalog.METRICS) {
                String target = MetricCatalog.targetTable(metric);
                String cols = String.join(", ", columns(st, metric));
                String spark = target.equals("checks")
                        ? "SELECT " + cols + " FROM wh.checks WHERE rule IN ('stated_share', 'stated_change_pct', 'yoy_prior_agreement')"
                        : "SELECT " + cols + " FROM wh." + target;
                long onlyDuck = count(st, "SELECT count(*) FROM (SELECT " + cols + " FROM " + metric + " EXCEPT ALL " + spark + ")");
                long onlySpark = count(st, "SELECT count(*) FROM (" + spark + " EXCEPT ALL SELECT " + cols + " FROM " + metric + ")");
                assertThat(onlyDuck + onlySpark).as("rows differing between DuckDB and Spark in " + metric).isZero();
            }
            assertThat(count(st, "SELECT count(*) FROM execution_rates")).isPositive();
        }
    }

    private static java.util.List<String> columns(Statement st, String table) throws Exception {
        java.util.List<String> cols = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                + table + "' AND table_catalog = current_database() ORDER BY ordinal_position")) {
            while (rs.next()) {
                cols.add("\"" + rs.getString(1) + "\"");
            }
        }
        return cols;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
