package org.fiscallens.jobs.bench;

import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.BuildOptions;
import org.fiscallens.jobs.SparkSessions;
import org.fiscallens.jobs.WarehouseBuild;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code bench --parse-only}: the build's parse stage alone (read, parse, stage as Parquet; no metrics, no load), run
 * twice in one Spark session: first cold, as a build runs it, then again on the same input once the JIT has
 * compiled the parser. The difference between the two is the JIT's warm-up, a fixed cost per JVM, so a large input
 * such as 100,000 documents shows the stage's rate at scale without building a warehouse of 10^8 records.
 */
final class ParseStageBenchmark {
    private ParseStageBenchmark() {
    }

    static void run(String input, String master, Path work, int cores) throws Exception {
        long t0 = System.nanoTime();
        SparkSession spark = SparkSessions.create(master, input); // as a build starts its session
        System.out.printf("Spark session started in %d ms (JVM up %d ms)%n", (System.nanoTime() - t0) / 1_000_000,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        try {
            for (String run : new String[]{"cold (fresh JVM)", "again, JIT-warm"}) {
                print("parse stage, " + run, time(spark, input, work), cores);
                if (run.startsWith("cold")) {
                    System.out.printf("JVM start to the end of the cold stage: %d ms%n",
                            java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                }
            }
        } finally {
            spark.stop();
        }
    }

    /** One parse stage of {@code input} in {@code spark}, staged under {@code work/parse-staging}, deleted afterwards. */
    static WarehouseBuild.ParseRun time(SparkSession spark, String input, Path work) throws IOException {
        Path staging = work.resolve("parse-staging");
        try {
            return new WarehouseBuild(spark).parseOnly(BuildOptions.defaults().withInput(input), staging);
        } finally {
            WarehouseBuildCleanup.deleteTree(staging);
        }
    }

    /** One line: the run's documents/s (and per core), its tasks' time per step and the JIT's time meanwhile. */
    static void print(String label, WarehouseBuild.ParseRun r, int cores) {
        double perSecond = r.documents() * 1000.0 / Math.max(1, r.wallMillis());
        System.out.printf("%s: %d documents in %d ms = %.1f documents/s (%.1f per core); tasks: read %d, decode + parse"
                        + " %d, records → Parquet %d of %d core-ms; JIT compiler threads %d ms%n", label, r.documents(),
                r.wallMillis(), perSecond, perSecond / cores, r.taskMillis().getOrDefault("parse.read", 0L),
                r.taskMillis().getOrDefault("parse.parse", 0L), r.taskMillis().getOrDefault("parse.rows", 0L),
                r.wallMillis() * cores, r.jitMillis());
    }
}
