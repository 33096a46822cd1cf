package org.fiscallens.jobs.cluster;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code spark-submit} command, run for real: a Spark standalone cluster (master and worker JVMs,
 * executors started by the worker) from a distribution folder holding only the {@code provided} jars, and the
 * {@code -spark-app} jar submitted to it in client mode over the seed documents. The warehouse it publishes must
 * have the same content as the one the embedded local build published at {@code package}, and the parse tasks
 * must have run in the worker's executor, not in the driver.
 *
 * <p>Run by Failsafe after {@code package} (it needs both jars and the seed warehouse); {@code -Dseed.skip=true}
 * skips it. About 1.5 min on the 2-core build machine.
 */
class StandaloneClusterIT {
    private static final Path DIR = Path.of(System.getProperty("fiscallens.test.dir", "target/it-cluster")).toAbsolutePath();

    @Test
    void sparkSubmitToAStandaloneClusterPublishesTheSameWarehouseAsTheEmbeddedBuild() throws Exception {
        Path app = Path.of(System.getProperty("fiscallens.sparkApp"));
        Path seed = Path.of(System.getProperty("fiscallens.seedWarehouse"));
        Path input = Path.of(System.getProperty("fiscallens.disclosures"));
        assertThat(app).as("the spark-app jar (package)").isRegularFile();
        assertThat(seed).as("the seed warehouse (package, without -Dseed.skip)").isRegularFile();
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        SparkDistribution spark = new SparkDistribution(Path.of(System.getProperty("fiscallens.sparkDist")));
        assertThat(spark.home().resolve("jars")).as("the distribution carries no class of ours")
                .isDirectoryNotContaining("glob:**/fiscal-lens-*.jar")
                .isDirectoryNotContaining("glob:**/duckdb*.jar");

        Path warehouse = DIR.resolve("disclosures.duckdb");
        try (StandaloneCluster cluster = StandaloneCluster.start(spark, DIR, 2, "2g")) {
            Process submit = spark.start("org.apache.spark.deploy.SparkSubmit", List.of(
                    "--class", "org.fiscallens.jobs.BuildCommand",
                    "--master", cluster.masterUrl(), "--deploy-mode", "client",
                    "--driver-memory", "2g", "--executor-memory", "2g",
                    app.toString(),
                    "--input", input.toString(), "--warehouse", warehouse.toString(),
                    "--staging", DIR.resolve("staging").toString()), cluster.log("submit"));
            boolean done = submit.waitFor(10, TimeUnit.MINUTES);
            if (!done) {
                submit.descendants().forEach(ProcessHandle::destroyForcibly);
                submit.destroyForcibly();
            }
            assertThat(done && submit.exitValue() == 0)
                    .as("spark-submit finished with exit code 0; its log ends:\n%s\nworker:\n%s",
                            cluster.tail("submit", 60), cluster.tail("worker", 20))
                    .isTrue();

            List<Path> executorLogs;
            try (Stream<Path> files = Files.walk(cluster.workDir())) {
                executorLogs = files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
            }
            long finishedTasks = 0;
            for (Path log : executorLogs) {
                finishedTasks += Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.contains("Executor: Finished task")).count();
            }
            assertThat(finishedTasks).as("tasks finished in the worker's executors (%s)", executorLogs)
                    .isGreaterThanOrEqualTo(5); // at least one parse task per seed document
        }

        String submitLog = Files.readString(DIR.resolve("submit.log"), StandardCharsets.UTF_8);
        assertThat(submitLog).contains("published " + warehouse + " from 5 files");
        List<String> clusterInfo = buildInfo(warehouse);
        List<String> seedInfo = buildInfo(seed);
        assertThat(clusterInfo.get(0)).as("built by the cluster's master").startsWith("spark://127.0.0.1:");
        assertThat(clusterInfo.get(1)).as("Spark version").isEqualTo(seedInfo.get(1));
        assertThat(clusterInfo.get(2)).as("content hash of every table, cluster vs embedded build")
                .isEqualTo(seedInfo.get(2));
        assertThat(seedInfo.get(0)).startsWith("local");
    }

    /** spark_master, spark_version, content_hash of a published warehouse, read-only. */
    private static List<String> buildInfo(Path warehouse) throws SQLException {
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, ro);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT spark_master, spark_version, content_hash FROM build_info")) {
            assertThat(rs.next()).as("build_info row in %s", warehouse).isTrue();
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                row.add(rs.getString(i));
            }
            return row;
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
