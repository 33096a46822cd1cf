package org.fiscallens.jobs;

import org.apache.spark.sql.SparkSession;
import org.fiscallens.ingest.source.DisclosureFiles;
import org.fiscallens.jobs.metrics.MetricParams;
import org.fiscallens.jobs.warehouse.BuildAttention;
import org.fiscallens.jobs.warehouse.BuildFailedException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code build --input DIR --warehouse FILE [--master URL]}: parses every disclosure under DIR with Spark,
 * computes the metrics with Spark SQL and publishes the DuckDB warehouse atomically, then prints what to look
 * at in the documents read ({@link BuildAttention}). Exit code 0 when published, 1 when the build failed or
 * {@code --strict} refused a document that was skipped or cut off (the previous warehouse is kept and the reason
 * printed), 2 for bad arguments.
 */
public final class BuildCommand {
    private static final String USAGE = """
            usage: build [--input DIR] [--warehouse FILE] [--master URL] [--staging DIR] [--max-tasks N]
                         [--partitions N] [--metric-jobs N] [--params FILE] [--param name=value]... [--strict]
              --input      folder of disclosures (*.txt/.md/.html, recursive)   default data/disclosures
                           (other files are listed as not read)
              --warehouse  DuckDB file to publish                               default data/warehouse/disclosures.duckdb
              --master     Spark master: local[*], spark://host:7077, yarn      default spark-submit's or local[*]
              --staging    Parquet hand-over folder, local to the driver        default next to the warehouse
              --max-tasks  parse tasks upper bound (one task per document)      default 4 per core local, 512 cluster
              --partitions shuffle partitions in local mode                     default 1 per 200 documents
              --metric-jobs metrics run side by side (1: one after another)     default 2
              --params     properties file overriding metrics/thresholds.properties
              --param      one override, e.g. --param three_public.rise_pct=0.5
              --keep-staging  keep the Parquet hand-over after publishing (its path is printed)
              --strict     do not publish when a document was skipped (unreadable, not a disclosure), cut off, or an
                           extractor failed on it (exit 1, the previous warehouse kept); without it such documents
                           are listed and the others published""";

    private BuildCommand() {
    }

    public static void main(String[] args) {
        int relaunched = JvmOptions.relaunchIfNeeded(BuildCommand.class, args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        BuildOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("build: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.create(options.master(), options.input());
        int code = 0;
        try {
            BuildReport report = new WarehouseBuild(spark).run(options);
            print(options, report, (System.nanoTime() - start) / 1_000_000);
        } catch (BuildFailedException | IllegalArgumentException e) {
            System.err.println("build FAILED: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Parsed options, or null when help was asked for. */
    static BuildOptions parse(String[] args) {
        BuildOptions o = BuildOptions.defaults();
        MetricParams params = o.params();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return null;
            }
            if (a.equals("--keep-staging")) {
                o = o.withKeepStaging(true);
                continue;
            }
            if (a.equals("--strict")) {
                o = o.withStrict(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> o = o.withInput(v);
                case "--warehouse" -> o = o.withWarehouse(Path.of(v));
                case "--master" -> o = o.withMaster(v);
                case "--staging" -> o = o.withStaging(Path.of(v));
                case "--max-tasks" -> o = o.withMaxTasks(positive(a, v));
                case "--partitions" -> o = o.withPartitions(positive(a, v));
                case "--metric-jobs" -> o = o.withMetricJobs(positive(a, v));
                case "--params" -> params = params.withFile(Path.of(v));
                case "--param" -> {
                    int eq = v.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--param needs name=value, got " + v);
                    }
                    params = params.with(v.substring(0, eq), v.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return o.withParams(params);
    }

    private static int positive(String flag, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(flag + " needs a positive whole number, got " + v);
    }

    private static void print(BuildOptions o, BuildReport r, long wallMillis) {
        System.out.printf("published %s from %d files in %d ms (JVM start → published: %d ms)%n",
                o.warehouse(), r.documents(), r.stageMillis().get("total"),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        for (Map.Entry<String, Long> e : r.stageMillis().entrySet()) {
            System.out.printf(e.getKey().contains(".") ? "      %-26s %7d ms%n" : "  stage %-20s %7d ms%n",
                    e.getKey(), e.getValue());
        }
        r.rows().forEach((t, n) -> System.out.printf("  %-22s %9d rows%n", t, n));
        System.out.println("  content hash " + r.contentHash());
        if (r.staging() != null) {
            System.out.println("  staging kept in " + r.staging());
        }
        printAttention(r.attention());
        printIgnored(r.ignoredFiles());
    }

    /** The files of the input folder that are not text and so were not read. */
    private static void printIgnored(List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        System.out.println(files.size() + " file(s) not read: not a disclosure's form (" + DisclosureFiles.PATTERNS + "); save"
                + " them as one of these (a scan: OCR it to text), then build again");
        files.stream().limit(BuildAttention.MAX_ITEMS).forEach(f -> System.out.println("  " + f));
        if (files.size() > BuildAttention.MAX_ITEMS) {
            System.out.println("  … " + (files.size() - BuildAttention.MAX_ITEMS) + " more");
        }
    }

    /**
     * What to look at in the documents read: the counts, then each parse issue that lost a document or a number
     * or left a document partly recognised, by file and line (the rest: table parse_issues, /quality).
     */
    private static void printAttention(BuildAttention a) {
        System.out.println(a.summary());
        List<BuildAttention.Item> items = a.items();
        for (int i = 0; i < Math.min(items.size(), BuildAttention.MAX_ITEMS); i++) {
            System.out.printf("  %-7s %s%n", items.get(i).severity(), items.get(i).describe());
        }
        if (items.size() > BuildAttention.MAX_ITEMS) {
            System.out.println("  … more in the warehouse's parse_issues table");
        }
        if (!a.clean()) {
            System.out.println("  every issue and failed check, with its lines: the dashboard's /quality page (数据质量)");
        }
    }
}
