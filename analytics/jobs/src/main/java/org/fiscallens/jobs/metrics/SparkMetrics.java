package org.fiscallens.jobs.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.parse.SparkSchemas;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Stage 2 of the build (Spark SQL): registers the record tables and the reference tables as views, runs
 * every metric of {@link MetricCatalog} in order, writes each result as Parquet under
 * {@code <staging>/<metric>} and registers it as a view for the metrics after it.
 */
public final class SparkMetrics {
    private final SparkSession spark;
    private final WarehouseSchema schema;

    public SparkMetrics(SparkSession spark, WarehouseSchema schema) {
        this.spark = spark;
        this.schema = schema;
    }

    /** Registers {@code name} as a view of {@code df}. */
    public void register(String name, Dataset<Row> df) {
        df.createOrReplaceTempView(name);
    }

    /** Registers the reference tables (thresholds, reason keywords, table roles). */
    public void registerReference(MetricParams params) {
        for (Map.Entry<String, List<Object[]>> e : ReferenceTables.of(params).entrySet()) {
            List<Row> rows = e.getValue().stream().map(RowFactory::create).toList();
            spark.createDataFrame(rows, SparkSchemas.of(schema.table(e.getKey()))).createOrReplaceTempView(e.getKey());
        }
    }

    /** Runs every metric; {@code timing} receives (metric, milliseconds). */
    public void run(String stagingUri, BiConsumer<String, Long> timing) {
        for (String metric : MetricCatalog.METRICS) {
            long start = System.nanoTime();
            String out = stagingUri + "/" + metric;
            try {
                spark.sql(MetricCatalog.sql(metric)).write().mode(SaveMode.Overwrite).parquet(out);
            } catch (RuntimeException e) {
                throw new IllegalStateException("metric " + metric + " (metrics/" + metric + ".sql) failed: "
                        + e.getMessage(), e);
            }
            spark.read().parquet(out).createOrReplaceTempView(metric);
            timing.accept(metric, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
