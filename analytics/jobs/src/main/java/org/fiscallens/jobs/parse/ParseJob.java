package org.fiscallens.jobs.parse;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.BuildOptions;
import org.fiscallens.jobs.versions.DisclosureParts;
import org.fiscallens.jobs.versions.DocumentSummary;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Stage 1 of the build (Spark): parse every document in parallel, one task per document up to a task count
 * (beyond that, documents are spread evenly over the tasks), each task writing its records straight into flat
 * Parquet files, one per record table ({@code <staging>/<table>/part-NNNNN.parquet}, see {@link StagedTables}).
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
     * + relative path; {@code lengths} their sizes in bytes) in {@link #tasks} tasks and writes the staged records
     * under {@code stagingUri}, replacing what was there. A file with the bytes of an earlier one is not parsed
     * again: the earlier one's records carry a {@code duplicate_document} issue naming it ({@link DuplicateFiles}).
     * A disclosure published in two files is also read as one document ({@link CombinedParts}), staged after the
     * rest. Returns the rows staged per table, the time the tasks spent per step and a summary per document parsed.
     */
    public StagedRecords run(List<String> paths, Map<String, Long> lengths, String rootUri, String displayRoot,
                             int maxTasks, String stagingUri) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, List<String>> copies = DuplicateFiles.find(paths, lengths, spark.sparkContext().hadoopConfiguration());
        Set<String> skipped = new HashSet<>();
        copies.values().forEach(skipped::addAll);
        List<DocumentRef> refs = new ArrayList<>(paths.size());
        for (String p : paths) {
            if (!skipped.contains(p)) {
                refs.add(new DocumentRef(p, copies.getOrDefault(p, List.of())));
            }
        }
        int tasks = tasks(refs.size(), maxTasks);
        clear(stagingUri);
        ParseTimes times = new ParseTimes(spark.sparkContext());
        String codec = spark.conf().get("spark.sql.parquet.compression.codec", "snappy");
        // tasks cover consecutive documents and name their files by partition, so the files in name order are the
        // documents in input order (the loader relies on it)
        Broadcast<List<DocumentRef>> shared = jsc.broadcast(refs);
        List<ParseTask.Result> perTask;
        try {
            ParseTask task = new ParseTask(schema, rootUri, displayRoot, stagingUri, codec, times);
            perTask = jsc.parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
                    .mapPartitionsWithIndex(new SharedDocumentList(shared, tasks, task), false)
                    .collect();
        } finally {
            shared.destroy();
        }
        List<DocumentSummary> documents = new ArrayList<>();
        perTask.forEach(r -> documents.addAll(r.documents()));
        ParseTask.Result whole = new CombinedParts(schema, stagingUri, codec).stage(DisclosureParts.find(documents), tasks);
        if (whole != null) {
            perTask = new ArrayList<>(perTask);
            perTask.add(whole);
            documents.addAll(whole.documents());
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int t = 0; t < RecordRows.TABLES.size(); t++) {
            long sum = 0;
            for (ParseTask.Result r : perTask) {
                sum += r.rows()[t];
            }
            rows.put(RecordRows.TABLES.get(t), sum);
        }
        return new StagedRecords(rows, times.millis(), documents);
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

    /** The staged rows of one record table, with the contract's columns and types. */
    public Dataset<Row> records(String stagingUri, String table) {
        return spark.read().schema(SparkSchemas.of(schema.table(table))).parquet(stagingUri + "/" + table);
    }

    private void clear(String stagingUri) {
        try {
            Path dir = new Path(stagingUri);
            dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the staging folder " + stagingUri, e);
        }
    }
}
