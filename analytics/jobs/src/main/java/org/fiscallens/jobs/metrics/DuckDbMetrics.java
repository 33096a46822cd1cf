package org.fiscallens.jobs.metrics;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.fiscallens.jobs.warehouse.ColumnDef;
import org.fiscallens.jobs.warehouse.TableDef;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The same metric SQL run by DuckDB alone: the benchmark's baseline, and the way the warehouse's
 * reference tables are written (DuckDB Appender).
 */
public final class DuckDbMetrics {
    private final WarehouseSchema schema;

    public DuckDbMetrics(WarehouseSchema schema) {
        this.schema = schema;
    }

    /** {@code CREATE TABLE} for one contract table (no other tables). */
    public static String createTable(TableDef t) {
        return "CREATE TABLE " + t.name() + " (" + t.columns().stream().map(c -> c.name() + " " + c.sqlType())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Appends the reference tables' rows; creates the tables first when {@code create}. */
    public void writeReference(Connection conn, MetricParams params, boolean create) throws SQLException {
        DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
        for (Map.Entry<String, List<Object[]>> e : ReferenceTables.of(params).entrySet()) {
            TableDef def = schema.table(e.getKey());
            if (create) {
                try (Statement st = conn.createStatement()) {
                    st.execute(createTable(def));
                }
            }
            try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, def.name())) {
                for (Object[] row : e.getValue()) {
                    app.beginRow();
                    for (int i = 0; i < row.length; i++) {
                        append(app, def.columns().get(i), row[i]);
                    }
                    app.endRow();
                }
            }
        }
    }

    private static void append(DuckDBAppender app, ColumnDef c, Object v) throws SQLException {
        if (v == null) {
            app.appendNull();
        } else if (v instanceof BigDecimal d) {
            app.append(c.decimalScale() >= 0 ? d.setScale(c.decimalScale(), java.math.RoundingMode.UNNECESSARY) : d);
        } else if (v instanceof Integer i) {
            app.append(i);
        } else {
            app.append(v.toString());
        }
    }

    /** Runs every metric as {@code CREATE TABLE <metric> AS …} over the tables already in {@code conn}. */
    public void run(Connection conn, BiConsumer<String, Long> timing) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String metric : MetricCatalog.METRICS) {
                long start = System.nanoTime();
                try {
                    st.execute("CREATE OR REPLACE TABLE " + metric + " AS " + MetricCatalog.sql(metric));
                } catch (SQLException e) {
                    throw new SQLException("metric " + metric + " failed in DuckDB: " + e.getMessage(), e);
                }
                timing.accept(metric, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
