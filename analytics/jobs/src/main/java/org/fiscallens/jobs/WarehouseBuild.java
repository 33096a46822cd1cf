package org.fiscallens.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.fiscallens.jobs.metrics.DuckDbMetrics;
import org.fiscallens.jobs.metrics.MetricCatalog;
import org.fiscallens.jobs.metrics.SparkMetrics;
import org.fiscallens.jobs.parse.ParseJob;
import org.fiscallens.jobs.parse.RecordRows;
import org.fiscallens.jobs.parse.StagedRecords;
import org.fiscallens.jobs.warehouse.BuildAttention;
import org.fiscallens.jobs.warehouse.BuildFailedException;
import org.fiscallens.jobs.warehouse.WarehouseLoader;
import org.fiscallens.jobs.warehouse.WarehousePublisher;
import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.fiscallens.jobs.warehouse.WarehouseSql;
import org.fiscallens.jobs.warehouse.WarehouseValidator;
import org.fiscallens.jobs.versions.DocumentVersions;
import org.fiscallens.jobs.versions.VersionsRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One warehouse build: parse (Spark, one task per document) → metrics (Spark SQL) → Parquet → DuckDB
 * ({@code read_parquet}) → validate → atomic publish. Stages are timed for the build report.
 */
public final class WarehouseBuild {
    private final SparkSession spark;
    private final WarehouseSchema schema = WarehouseSchema.contract();

    public WarehouseBuild(SparkSession spark) {
        this.spark = spark;
    }

    public BuildReport run(BuildOptions options) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        InputFiles.Listing listing = InputFiles.list(options.input(), spark.sparkContext().hadoopConfiguration());
        boolean small = SparkSessions.sizeToInput(spark, listing.paths().size(), options.partitions());
        Path target = options.warehouse().toAbsolutePath();
        Path staging = (options.staging() != null ? options.staging() : target.getParent())
                .resolve("." + target.getFileName() + ".staging-" + ProcessHandle.current().pid()).toAbsolutePath();
        Path records = staging.resolve("records");
        Path metrics = staging.resolve("metrics");
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> tasks = new LinkedHashMap<>();
        Map<String, Long> loaded = new LinkedHashMap<>();
        String[] hash = new String[1];
        BuildAttention[] attention = new BuildAttention[1];
        stages.put("list", millisSince(t0));
        try {
            new WarehousePublisher(new WarehouseValidator(schema)).publish(target, temp -> {
                long t = System.nanoTime();
                long jit0 = jitMillis();
                ParseJob parse = new ParseJob(spark, schema);
                StagedRecords staged = parse.run(listing.paths(), listing.lengths(), listing.rootUri(),
                        displayRoot(options.input()), options.maxTasks(), records.toUri().toString());
                tasks.putAll(staged.taskMillis());
                stages.put("parse", millisSince(t));
                tasks.put("parse.jit", jitMillis() - jit0);

                t = System.nanoTime();
                SparkMetrics sm = new SparkMetrics(spark, schema, small);
                DocumentVersions versions = DocumentVersions.of(staged.documents());
                for (String table : RecordRows.TABLES) {
                    sm.register(table, primaryOnly(parse.records(records.toUri().toString(), table), versions));
                }
                sm.registerReference(options.params());
                sm.run(metrics.toUri().toString(), options.metricJobs(), (m, ms) -> stages.put("metric." + m, ms));
                stages.put("metrics", millisSince(t));

                t = System.nanoTime();
                try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + temp)) {
                    WarehouseLoader loader = new WarehouseLoader(schema);
                    loader.createTables(conn);
                    for (String table : RecordRows.TABLES) {
                        long tt = System.nanoTime();
                        long n = loader.loadStagedRecords(conn, records, table);
                        if (n != staged.rows().get(table)) {
                            throw new IllegalStateException("the parse stage staged " + staged.rows().get(table)
                                    + " rows of " + table + " but " + n + " were loaded from " + records.resolve(table));
                        }
                        loaded.put(table, n);
                        stages.put("load." + table, millisSince(tt));
                    }
                    for (String metric : MetricCatalog.METRICS) {
                        long tt = System.nanoTime();
                        loaded.put(metric, loader.loadFlat(conn, metrics.resolve(metric), MetricCatalog.targetTable(metric)));
                        stages.put("load." + metric, millisSince(tt));
                    }
                    new VersionsRecord(versions).write(conn);
                    stages.put("load", millisSince(t));
                    t = System.nanoTime();
                    new DuckDbMetrics(schema).writeReference(conn, options.params(), false);
                    runScript(conn, "post_load.sql");
                    hash[0] = contentHash(conn);
                    writeBuildInfo(conn, options, listing.paths().size(), hash[0]);
                    rows.putAll(loader.counts(conn));
                    attention[0] = BuildAttention.read(conn);
                    if (options.strict() && attention[0].documentsLost()) {
                        throw new BuildFailedException("--strict: " + lostSummary(attention[0])
                                + ", previous warehouse kept: " + String.join("; ", attention[0].lostDocuments()));
                    }
                    try (Statement st = conn.createStatement()) {
                        st.execute("CHECKPOINT");
                    }
                }
                stages.put("finish", millisSince(t));
            });
        } finally {
            if (!options.keepStaging()) {
                deleteTree(staging);
            }
        }
        stages.put("total", millisSince(t0));
        String shownRoot = displayRoot(options.input());
        return new BuildReport(listing.paths().size(), rows, loaded, stages, tasks, hash[0],
                options.keepStaging() ? staging : null, attention[0],
                listing.ignored().stream().map(f -> shownRoot + "/" + f).toList());
    }

    /**
     * The parse stage alone, exactly as {@link #run} runs it (same listing, tasks and staged files), writing under
     * {@code staging} (replaced; the caller deletes it): for a benchmark that times the stage again in a JVM whose
     * JIT has already compiled the parser. Nothing is published.
     */
    public ParseRun parseOnly(BuildOptions options, Path staging) {
        InputFiles.Listing listing = InputFiles.list(options.input(), spark.sparkContext().hadoopConfiguration());
        SparkSessions.sizeToInput(spark, listing.paths().size(), options.partitions());
        long t = System.nanoTime();
        long jit0 = jitMillis();
        StagedRecords staged = new ParseJob(spark, schema).run(listing.paths(), listing.lengths(), listing.rootUri(),
                displayRoot(options.input()), options.maxTasks(), staging.toAbsolutePath().toUri().toString());
        return new ParseRun(staged.documents().size(), millisSince(t), jitMillis() - jit0, staged.taskMillis());
    }

    /**
     * One timed parse stage: documents parsed, wall milliseconds, the JIT's compiler-thread milliseconds meanwhile,
     * and the tasks' summed milliseconds per step ({@code parse.read}, {@code parse.parse}, {@code parse.rows}).
     */
    public record ParseRun(int documents, long wallMillis, long jitMillis, Map<String, Long> taskMillis) {
        public ParseRun {
            taskMillis = Map.copyOf(taskMillis);
        }
    }

    /**
     * The metrics read only each department, year and kind's primary version ({@link DocumentVersions}), so no figure
     * is counted twice; the other versions' records are loaded all the same, for reading.
     */
    private static Dataset<Row> primaryOnly(Dataset<Row> records, DocumentVersions versions) {
        if (versions.none()) {
            return records;
        }
        return records.filter(functions.not(functions.col("doc_id").isin(versions.alternates().keySet().stream().sorted()
                .toArray())));
    }

    private static String lostSummary(BuildAttention a) {
        return a.skipped() + " document(s) skipped, " + a.cutOff() + " cut off, " + a.extractorFailed()
                + " with a failed extractor";
    }

    /** Compiler-thread time of this JVM so far (ms, summed over the JIT's threads), or 0 where it is not kept. */
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static String displayRoot(String input) {
        String s = input.replace('\\', '/');
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private void writeBuildInfo(Connection conn, BuildOptions o, int documents, String hash) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO build_info (built_at, input_path, documents, "
                + "spark_version, spark_master, content_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, o.input());
            ps.setInt(3, documents);
            ps.setString(4, spark.version());
            ps.setString(5, spark.sparkContext().master());
            ps.setString(6, hash);
            ps.executeUpdate();
        }
    }

    /** Order-independent digest of every table except {@code build_info}. */
    private String contentHash(Connection conn) throws SQLException {
        StringBuilder parts = new StringBuilder();
        try (Statement st = conn.createStatement()) {
            for (var t : schema.tables()) {
                if (t.name().equals("build_info")) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(sum(hash(x)::HUGEINT), 0) FROM " + t.name() + " x")) {
                    rs.next();
                    parts.append(t.name()).append(':').append(rs.getLong(1)).append(':').append(rs.getString(2)).append(';');
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT md5(?)")) {
                ps.setString(1, parts.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }
    }

    /** Runs the statements of {@code warehouse/<name>} (separated by {@code ;}) one after another. */
    static void runScript(Connection conn, String name) throws SQLException {
        String sql = WarehouseSql.text(name);
        try (Statement st = conn.createStatement()) {
            for (String s : sql.split(";")) {
                if (!s.isBlank()) {
                    st.execute(s);
                }
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("warning: could not delete staging folder " + dir + ": " + e.getMessage());
        }
    }
}
