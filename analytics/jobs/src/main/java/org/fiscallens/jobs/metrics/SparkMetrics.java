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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Stage 2 of the build (Spark SQL): registers the record tables and the reference tables as views, runs
 * every metric of {@link MetricCatalog} once the metrics it reads are done (several side by side), writes each
 * result as Parquet under {@code <staging>/<metric>} and registers it as a view for the metrics that read it.
 *
 * <p>For a small local input ({@code onePartition}) every view is coalesced to a single partition: a single
 * partition satisfies every distribution a join, aggregate or window asks for, so most of the plan runs
 * without shuffles (the five seeds: 33 stages in 12 jobs instead of 110 in 23; same rows).
 */
public final class SparkMetrics {
    private final SparkSession spark;
    private final WarehouseSchema schema;
    private final boolean onePartition;

    public SparkMetrics(SparkSession spark, WarehouseSchema schema, boolean onePartition) {
        this.spark = spark;
        this.schema = schema;
        this.onePartition = onePartition;
    }

    /** Registers {@code name} as a view of {@code df} (coalesced to one partition for small inputs). */
    public void register(String name, Dataset<Row> df) {
        (onePartition ? df.coalesce(1) : df).createOrReplaceTempView(name);
    }

    /** Registers the reference tables (thresholds, reason keywords, table roles). */
    public void registerReference(MetricParams params) {
        for (Map.Entry<String, List<Object[]>> e : ReferenceTables.of(params).entrySet()) {
            List<Row> rows = e.getValue().stream().map(RowFactory::create).toList();
            register(e.getKey(), spark.createDataFrame(rows, SparkSchemas.of(schema.table(e.getKey()))));
        }
    }

    /**
     * Runs every metric, up to {@code parallelism} at a time (each after the metrics it reads; 1: one after
     * another), and then hands {@code timing} each metric's wall time in milliseconds, in catalog order (metrics
     * running side by side overlap). A failing metric fails the run, naming it; see {@link MetricScheduler}.
     */
    public void run(String stagingUri, int parallelism, BiConsumer<String, Long> timing) {
        Map<String, Long> millis = new ConcurrentHashMap<>();
        new MetricScheduler(parallelism).run(metric -> {
            long start = System.nanoTime();
            String out = stagingUri + "/" + metric;
            Dataset<Row> result;
            spark.sparkContext().setJobDescription("metric " + metric); // this thread's jobs, in Spark's UI
            try {
                result = spark.sql(MetricCatalog.sql(metric));
                result.write().mode(SaveMode.Overwrite).parquet(out);
            } catch (RuntimeException e) {
                throw new IllegalStateException("metric " + metric + " (metrics/" + metric + ".sql) failed: "
                        + e.getMessage(), e);
            }
            // the schema is known: reading it back needs no schema-inference job
            register(metric, spark.read().schema(result.schema()).parquet(out));
            millis.put(metric, (System.nanoTime() - start) / 1_000_000);
        });
        for (String metric : MetricCatalog.METRICS) {
            timing.accept(metric, millis.get(metric));
        }
    }
}
