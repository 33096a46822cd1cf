package org.fiscallens.jobs.bench;

import org.fiscallens.jobs.metrics.DuckDbMetrics;
import org.fiscallens.jobs.metrics.MetricParams;
import org.fiscallens.jobs.parse.RecordRows;
import org.fiscallens.jobs.warehouse.WarehouseLoader;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's baseline: the same records (the Parquet a Spark build staged) loaded into a fresh DuckDB
 * database and the same metric SQL run there, without Spark.
 */
final class DuckDbBaseline {
    record Result(long loadMillis, long metricsMillis, long records, Map<String, Long> perMetric) {
    }

    static Result run(Path stagedRecords, Path dbFile, MetricParams params) throws SQLException {
        WarehouseSchema schema = WarehouseSchema.contract();
        Map<String, Long> perMetric = new LinkedHashMap<>();
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath())) {
            long t = System.nanoTime();
            WarehouseLoader loader = new WarehouseLoader(schema);
            long records = 0;
            try (Statement st = conn.createStatement()) {
                for (String table : RecordRows.TABLES) {
                    st.execute(DuckDbMetrics.createTable(schema.table(table)));
                }
            }
            for (String table : RecordRows.TABLES) {
                records += loader.loadStagedRecords(conn, stagedRecords, table);
            }
            DuckDbMetrics metrics = new DuckDbMetrics(schema);
            metrics.writeReference(conn, params, true);
            long load = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            metrics.run(conn, perMetric::put);
            long run = (System.nanoTime() - t) / 1_000_000;
            return new Result(load, run, records, perMetric);
        }
    }

    private DuckDbBaseline() {
    }
}
