package org.fiscallens.jobs.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cluster integration tests share: the inputs Failsafe passes, waiting for spark-submit, and the proofs. */
final class ClusterRuns {
    private ClusterRuns() {
    }

    /**
     * What a cluster test submits and compares with: the spark-app jar, the seed warehouse the embedded build
     * published at {@code package}, an empty working folder and the distribution folder.
     */
    record Setup(Path app, Path seed, Path dir, SparkDistribution spark) {
    }

    /** The {@link Setup} of a cluster test working in folder {@code name} under the test folder. */
    static Setup setUp(String name) throws IOException {
        return new Setup(sparkApp(), seedWarehouse(), freshDir(name), distribution());
    }

    private static Path sparkApp() {
        Path app = Path.of(System.getProperty("fiscallens.sparkApp"));
        assertThat(app).as("the spark-app jar (package)").isRegularFile();
        return app;
    }

    private static Path seedWarehouse() {
        Path seed = Path.of(System.getProperty("fiscallens.seedWarehouse"));
        assertThat(seed).as("the seed warehouse (package, without -Dseed.skip)").isRegularFile();
        return seed;
    }

    static Path disclosures() {
        return Path.of(System.getProperty("fiscallens.disclosures"));
    }

    /** The distribution folder, checked to carry no class of ours (the application jar brings those). */
    private static SparkDistribution distribution() {
        SparkDistribution spark = new SparkDistribution(Path.of(System.getProperty("fiscallens.sparkDist")));
        assertThat(spark.home().resolve("jars")).as("the distribution carries no class of ours")
                .isDirectoryNotContaining("glob:**/fiscal-lens-*.jar")
                .isDirectoryNotContaining("glob:**/duckdb*.jar");
        return spark;
    }

    /** An empty folder {@code name} under the test folder. */
    private static Path freshDir(String name) throws IOException {
        Path dir = Path.of(System.getProperty("fiscallens.test.dir", "target/it-cluster")).resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** Waits up to 10 minutes for spark-submit; true when it exited 0 (a process still running is killed). */
    static boolean succeeded(Process submit) throws InterruptedException {
        boolean done = submit.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            submit.descendants().forEach(ProcessHandle::destroyForcibly);
            submit.destroyForcibly();
        }
        return done && submit.exitValue() == 0;
    }

    /** The last {@code lines} lines of a log file, for a failure message. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Tasks an executor logged as finished, over every file named {@code stderr} under {@code logs}. */
    static long finishedTasks(Path logs) throws IOException {
        List<Path> stderr;
        try (Stream<Path> files = Files.walk(logs)) {
            stderr = files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
        }
        long finished = 0;
        for (Path log : stderr) {
            finished += Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("Executor: Finished task")).count();
        }
        return finished;
    }

    /** spark_master, spark_version, content_hash of a published warehouse, read-only. */
    static List<String> buildInfo(Path warehouse) throws SQLException {
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

    /** The cluster's warehouse was built by {@code master} and has the seed warehouse's content, table for table. */
    static void assertSameContentAsSeed(Path warehouse, Path seed, String master) throws SQLException {
        List<String> cluster = buildInfo(warehouse);
        List<String> embedded = buildInfo(seed);
        assertThat(cluster.get(0)).as("built by the cluster's master").startsWith(master);
        assertThat(cluster.get(1)).as("Spark version").isEqualTo(embedded.get(1));
        assertThat(cluster.get(2)).as("content hash of every table, cluster vs embedded build")
                .isEqualTo(embedded.get(2));
        assertThat(embedded.get(0)).startsWith("local");
    }
}
