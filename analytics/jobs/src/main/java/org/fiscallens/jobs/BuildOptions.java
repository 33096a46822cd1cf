package org.fiscallens.jobs;

import org.fiscallens.jobs.metrics.MetricParams;

import java.nio.file.Path;

/**
 * What a warehouse build reads and writes.
 *
 * @param input     folder of disclosure files (text, Markdown, HTML, CSV, Excel, Word: {@code DisclosureFiles}, searched recursively), or a Hadoop URI
 * @param warehouse the DuckDB file to publish
 * @param master    Spark master, or null for spark-submit's / {@code local[*]}
 * @param staging   folder for the Parquet hand-over (must be local to the driver); null: next to the warehouse
 * @param maxTasks  upper bound on parse tasks (one task per document up to this many); 0 = {@link #AUTO_TASKS}
 * @param params    metric thresholds and weights
 * @param keepStaging keep the staged Parquet after publishing (the benchmark's DuckDB baseline reads it)
 * @param partitions  shuffle partitions in local mode; 0 = sized to the input (one per 200 documents)
 * @param metricJobs  metrics run side by side, each once the metrics it reads are done (at least 1; 1 = one
 *                    after another)
 * @param strict      refuse to publish when a document was skipped or cut off or an extractor failed on one
 *                    ({@link org.fiscallens.jobs.warehouse.BuildAttention#documentsLost()}); the previous
 *                    warehouse is kept. Otherwise such documents are reported and the others published.
 */
public record BuildOptions(String input, Path warehouse, String master, Path staging, int maxTasks,
                           MetricParams params, boolean keepStaging, int partitions, int metricJobs,
                           boolean strict) {
    public static final String DEFAULT_INPUT = "data/disclosures";
    public static final Path DEFAULT_WAREHOUSE = Path.of("data/warehouse/disclosures.duckdb");
    /**
     * Parse tasks when {@code maxTasks} is 0: on a cluster one task per document up to 512; in local mode one
     * per document up to four per core. Every task writes one Parquet file per record table, and on one
     * machine more files only add writer set-up and reader footers (1,000 documents: 512 tasks staged in 60 s,
     * 16 tasks in 26 s; the metrics read them in 72 s vs 37 s).
     */
    public static final int AUTO_TASKS = 0;
    public static final int CLUSTER_MAX_TASKS = 512;
    public static final int LOCAL_TASKS_PER_CORE = 4;

    /**
     * Metrics run side by side by default. Spark plans each query on one driver thread, and on small inputs
     * planning is most of a metric's time; two at a time keep two cores busy (README › Benchmark, point 19).
     */
    public static final int DEFAULT_METRIC_JOBS = 2;

    public static BuildOptions defaults() {
        return new BuildOptions(DEFAULT_INPUT, DEFAULT_WAREHOUSE, null, null, AUTO_TASKS, MetricParams.defaults(), false, 0,
                DEFAULT_METRIC_JOBS, false);
    }

    public BuildOptions withInput(String v) { return new BuildOptions(v, warehouse, master, staging, maxTasks, params, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withWarehouse(Path v) { return new BuildOptions(input, v, master, staging, maxTasks, params, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withMaster(String v) { return new BuildOptions(input, warehouse, v, staging, maxTasks, params, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withStaging(Path v) { return new BuildOptions(input, warehouse, master, v, maxTasks, params, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withMaxTasks(int v) { return new BuildOptions(input, warehouse, master, staging, v, params, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withKeepStaging(boolean v) { return new BuildOptions(input, warehouse, master, staging, maxTasks, params, v, partitions, metricJobs, strict); }
    public BuildOptions withPartitions(int v) { return new BuildOptions(input, warehouse, master, staging, maxTasks, params, keepStaging, v, metricJobs, strict); }
    public BuildOptions withParams(MetricParams v) { return new BuildOptions(input, warehouse, master, staging, maxTasks, v, keepStaging, partitions, metricJobs, strict); }
    public BuildOptions withMetricJobs(int v) { return new BuildOptions(input, warehouse, master, staging, maxTasks, params, keepStaging, partitions, v, strict); }
    public BuildOptions withStrict(boolean v) { return new BuildOptions(input, warehouse, master, staging, maxTasks, params, keepStaging, partitions, metricJobs, v); }
}
