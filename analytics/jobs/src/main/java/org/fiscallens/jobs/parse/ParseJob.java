package org.fiscallens.jobs.parse;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.util.List;

/**
 * Stage 1 of the build (Spark): parse every document in parallel, one task per document up to
 * {@code maxTasks} (beyond that, documents are spread evenly over the tasks), and stage the records as
 * Parquet partitioned by record table ({@code kind=line_items/…}).
 */
public final class ParseJob {
    private final SparkSession spark;
    private final WarehouseSchema schema;

    public ParseJob(SparkSession spark, WarehouseSchema schema) {
        this.spark = spark;
        this.schema = schema;
    }

    /**
     * Parses {@code paths} (sorted by the caller; URIs under {@code rootUri}, recorded as {@code displayRoot}
     * + relative path) and writes the staged records under {@code stagingUri}.
     */
    public void run(List<String> paths, String rootUri, String displayRoot, int maxTasks, String stagingUri) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = Math.max(1, Math.min(paths.size(), maxTasks));
        JavaRDD<Row> rows = jsc.parallelize(paths, tasks).mapPartitions(new ParseTask(schema, rootUri, displayRoot));
        Dataset<Row> staged = spark.createDataFrame(rows, SparkSchemas.staged(schema));
        staged.write().mode(SaveMode.Overwrite).partitionBy(SparkSchemas.KIND).parquet(stagingUri);
    }

    /** The staged rows of one record table, as a flat DataFrame with the contract's columns. */
    public Dataset<Row> records(String stagingUri, String table) {
        return spark.read().schema(SparkSchemas.staged(schema)).parquet(stagingUri)
                .where(org.apache.spark.sql.functions.col(SparkSchemas.KIND).equalTo(table))
                .select(table + ".*");
    }
}
