package org.fiscallens.jobs.bench;

import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.BuildOptions;
import org.fiscallens.jobs.BuildReport;
import org.fiscallens.jobs.JvmOptions;
import org.fiscallens.jobs.SparkSessions;
import org.fiscallens.jobs.WarehouseBuild;
import org.fiscallens.jobs.parse.RecordRows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench}: measures a warehouse build and compares its metric stage with DuckDB alone.
 * <pre>
 *   bench [--input DIR | --generate N [--seeds DIR]] [--work DIR] [--master URL] [--embedded | --parse-only]
 * </pre>
 * Prints documents/s parsed (and per core), records/s loaded into DuckDB, wall time per stage, the same
 * metric SQL timed in DuckDB alone on the same records, and the Spark/DuckDB ratios. {@code --generate N}
 * first writes N documents rewritten from the seed layouts ({@link CorpusGenerator}). {@code --embedded}
 * also times the five-document build as a fresh JVM ({@code BuildCommand}, JVM start → published).
 * {@code --parse-only} times the parse stage alone, in a fresh session and then again JIT-warm
 * ({@link ParseStageBenchmark}), for inputs too large to build a warehouse from on the machine at hand.
 * Not a test: figures depend on the machine.
 */
public final class BenchmarkCommand {
    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        int relaunched = JvmOptions.relaunchIfNeeded(BenchmarkCommand.class, args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        String input = BuildOptions.DEFAULT_INPUT;
        Path seeds = Path.of(BuildOptions.DEFAULT_INPUT);
        Path work = Path.of("target/bench");
        Integer generate = null;
        String master = null;
        boolean embedded = false;
        boolean parseOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = args[++i];
                case "--generate" -> generate = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--master" -> master = args[++i];
                case "--embedded" -> embedded = true;
                case "--parse-only" -> parseOnly = true;
                default -> {
                    System.err.println("usage: bench [--input DIR | --generate N [--seeds DIR]] [--work DIR] [--master URL] [--embedded | --parse-only]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(work);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("machine: %d cores, max heap %d MB, load average %.2f%n", cores,
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (embedded) {
            embeddedBuild(work);
        }
        if (generate != null) {
            Path corpus = work.resolve("corpus-" + generate);
            WarehouseBuildCleanup.deleteTree(corpus);
            long t = System.nanoTime();
            long bytes = CorpusGenerator.fromSeeds(seeds).generate(generate, corpus);
            System.out.printf("generated %d documents (%.1f MB) from %s in %d ms%n", generate, bytes / 1e6, seeds,
                    (System.nanoTime() - t) / 1_000_000);
            input = corpus.toString();
        }
        if (parseOnly) {
            ParseStageBenchmark.run(input, master, work, cores);
            return;
        }
        long t0 = System.nanoTime();
        SparkSession spark = SparkSessions.create(master, input); // as a build starts its session
        long sessionMs = (System.nanoTime() - t0) / 1_000_000;
        BuildReport report;
        WarehouseBuild.ParseRun warm;
        try {
            report = new WarehouseBuild(spark).run(BuildOptions.defaults().withInput(input)
                    .withWarehouse(work.resolve("bench.duckdb")).withKeepStaging(true));
            // the same parse stage once more in this JVM, now that the JIT has compiled the parser and the staging
            warm = ParseStageBenchmark.time(spark, input, work);
        } finally {
            spark.stop();
        }
        long parse = report.stageMillis().get("parse");
        long metrics = report.stageMillis().get("metrics");
        long load = report.stageMillis().get("load");
        long records = report.recordsLoaded();
        System.out.printf("Spark build of %d documents (%s), session start %d ms%n", report.documents(), input, sessionMs);
        report.stageMillis().forEach((k, v) -> System.out.printf("  %-28s %9d ms%n", k, v));
        System.out.printf("  parse: %.1f documents/s (%.1f per core)%n", report.documents() * 1000.0 / parse,
                report.documents() * 1000.0 / parse / cores);
        long read = report.taskMillis().getOrDefault("parse.read", 0L);
        long parsing = report.taskMillis().getOrDefault("parse.parse", 0L);
        long toRow = report.taskMillis().getOrDefault("parse.rows", 0L);
        System.out.printf("  parse tasks, time summed over tasks: read %d ms, decode + parse %d ms, records → rows written as Parquet %d ms;"
                + " the other %d of %d core-ms (stage wall × cores) are opening and committing the files, JIT compilation, GC and scheduling%n",
                read, parsing, toRow, parse * cores - read - parsing - toRow, parse * cores);
        System.out.printf("  parser inside the Spark tasks: %.1f documents per core-second of decode + parse%n",
                report.documents() * 1000.0 / Math.max(1, parsing));
        System.out.printf("  JIT compiler threads during the parse stage (this JVM ran the tasks in local mode): %d ms,"
                        + " %.0f %% of the stage's %d core-ms%n", report.taskMillis().getOrDefault("parse.jit", 0L),
                100.0 * report.taskMillis().getOrDefault("parse.jit", 0L) / Math.max(1, parse * cores), parse * cores);
        ParseStageBenchmark.print("  parse stage again after the build, JIT-warm (same job, input and tasks, same JVM: the"
                + " steady state of a long build or a long-lived executor)", warm, cores);
        System.out.printf("  load into DuckDB (create tables + one INSERT … read_parquet per table): %d records in %d ms = %.0f records/s%n",
                records, load, records * 1000.0 / Math.max(1, load));
        long recordMs = 0;
        long recordRows = 0;
        for (String table : RecordRows.TABLES) {
            recordMs += report.stageMillis().getOrDefault("load." + table, 0L);
            recordRows += report.loadedRows().getOrDefault(table, 0L);
        }
        System.out.printf("    of which the record tables (INSERT … read_parquet): %d records in %d ms = %.0f records/s;"
                        + " metric results, sorted on load, and DuckDB's automatic checkpoints the rest%n",
                recordRows, recordMs, recordRows * 1000.0 / Math.max(1, recordMs));
        System.out.printf("  finish (reference tables, consistency scores onto documents, content hash, CHECKPOINT): %d ms%n",
                report.stageMillis().get("finish"));

        DuckDbBaseline.Result base = DuckDbBaseline.run(report.staging().resolve("records"), work.resolve("baseline.duckdb"),
                BuildOptions.defaults().params());
        WarehouseBuildCleanup.deleteTree(report.staging());
        Files.deleteIfExists(work.resolve("baseline.duckdb"));
        System.out.printf("DuckDB alone on the same %d records: load %d ms, metrics %d ms%n", base.records(),
                base.loadMillis(), base.metricsMillis());
        base.perMetric().forEach((k, v) -> System.out.printf("  metric.%-21s %9d ms (Spark %d ms)%n", k, v,
                report.stageMillis().getOrDefault("metric." + k, -1L)));
        System.out.printf("ratio Spark/DuckDB, metric SQL: %.1f×%n", (double) metrics / Math.max(1, base.metricsMillis()));
        System.out.printf("ratio Spark/DuckDB, records → metrics (Spark metrics + load vs DuckDB load + metrics): %.1f×%n",
                (double) (metrics + load) / Math.max(1, base.loadMillis() + base.metricsMillis()));
        parserCapacity(input, cores);
    }

    /**
     * The parser alone on this machine, warm (local mode ran the tasks in this JVM): one thread vs one per core,
     * over the first 200 documents of a local input folder, so the per-core parse rate above can be read against
     * what the cores deliver for this workload.
     */
    private static void parserCapacity(String input, int cores) throws Exception {
        Path dir = Path.of(input.startsWith("file:") ? input.substring("file:".length()) : input);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        ParserCapacity.Result r = ParserCapacity.measure(files, 200, 3, cores);
        System.out.printf("parser alone, warm, in memory (no Spark), %d documents per run: 1 thread %.1f docs/s, %d threads"
                        + " %.1f docs/s = %.2f× one thread (%.1f per core)%n", r.documents(), r.oneThread(), r.threads(),
                r.allThreads(), r.scaling(), r.allThreads() / r.threads());
    }

    /**
     * Times a fresh JVM building the seed documents (JVM start → published warehouse) the way users run it:
     * {@code .ci/build-warehouse} (the launcher {@code .ci/serve} uses; run from the repository root). Its
     * first run also writes the class-data archive, so it runs twice and reports both.
     */
    private static void embeddedBuild(Path work) throws Exception {
        Path launcher = Path.of(".ci", "build-warehouse");
        if (!Files.isRegularFile(launcher)) {
            System.out.printf("embedded five-document build: skipped, %s not found (run from the repository root)%n", launcher);
            return;
        }
        for (String run : List.of("first", "second")) {
            List<String> cmd = List.of("bash", launcher.toString(), "--input", BuildOptions.DEFAULT_INPUT,
                    "--warehouse", work.resolve("seed.duckdb").toString());
            Path log = work.resolve("embedded-" + run + ".log");
            long t = System.nanoTime();
            int code = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
            System.out.printf("embedded five-document build, %s run (fresh JVM → exit): %d ms, exit %d; %s%n", run,
                    (System.nanoTime() - t) / 1_000_000, code, publishedLine(log));
        }
    }

    /** The build's own "JVM start → published" line from its log, or a note that it is missing. */
    private static String publishedLine(Path log) throws java.io.IOException {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("published ")).findFirst()
                .orElse("no 'published' line in " + log);
    }
}
