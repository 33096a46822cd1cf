package org.fiscallens.jobs.parse;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.BuildOptions;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;

/**
 * Stage 1 of the build (Spark): parse every document in parallel, one task per document up to a task count
 * (beyond that, documents are spread evenly over the tasks), and stage the records as Parquet, one row per
 * document ({@link SparkSchemas#staged}).
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
     * + relative path) in {@link #tasks} tasks and writes the staged records under {@code stagingUri}. Returns
     * the time the tasks spent per step.
     */
    public ParseTimes run(List<String> paths, String rootUri, String displayRoot, int maxTasks, String stagingUri) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = tasks(paths.size(), maxTasks);
        List<DocumentRef> refs = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            refs.add(new DocumentRef(i, paths.get(i)));
        }
        ParseTimes times = new ParseTimes(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(refs, tasks).mapPartitions(new ParseTask(schema, rootUri, displayRoot, times));
        // tasks cover consecutive documents and write one file each, so the files in name order are the documents
        // in input order (the loader relies on it)
        spark.createDataFrame(rows, SparkSchemas.staged(schema)).write().mode(SaveMode.Overwrite).parquet(stagingUri);
        return times;
    }

    /**
     * Parse tasks for {@code documents}: at most {@code maxTasks} when positive, else (auto) at most
     * {@link BuildOptions#CLUSTER_MAX_TASKS} on a cluster or {@link BuildOptions#LOCAL_TASKS_PER_CORE} per
     * core in local mode; never more than one per document, at least 1.
     */
    public int tasks(int documents, int maxTasks) {
        int cap = maxTasks > 0 ? maxTasks
                : spark.sparkContext().isLocal()
                        ? BuildOptions.LOCAL_TASKS_PER_CORE * spark.sparkContext().defaultParallelism()
                        : BuildOptions.CLUSTER_MAX_TASKS;
        return Math.max(1, Math.min(documents, cap));
    }

    /** The staged rows of one record table, as a flat DataFrame with the contract's columns. */
    public Dataset<Row> records(String stagingUri, String table) {
        Dataset<Row> staged = spark.read().schema(SparkSchemas.staged(schema)).parquet(stagingUri);
        return switch (table) {
            case SparkSchemas.DOCUMENTS -> staged.select(table + ".*");
            case SparkSchemas.LINES -> staged.select(col(SparkSchemas.DOCUMENTS + ".doc_id").as("doc_id"),
                            posexplode(col(table)).as(new String[]{"pos", "text"}))
                    .select(col("doc_id"), col("pos").plus(1).as("line_no"), col("text"));
            default -> staged.select(explode(col(table)).as("r")).select("r.*");
        };
    }
}
