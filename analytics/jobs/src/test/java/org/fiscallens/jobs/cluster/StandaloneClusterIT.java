package org.fiscallens.jobs.cluster;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    @Test
    void sparkSubmitToAStandaloneClusterPublishesTheSameWarehouseAsTheEmbeddedBuild() throws Exception {
        ClusterRuns.Setup run = ClusterRuns.setUp("standalone");
        Path dir = run.dir();
        SparkDistribution spark = run.spark();

        Path warehouse = dir.resolve("disclosures.duckdb");
        try (StandaloneCluster cluster = StandaloneCluster.start(spark, dir, 2, "2g")) {
            Process submit = spark.start("org.apache.spark.deploy.SparkSubmit", List.of(
                    "--class", "org.fiscallens.jobs.BuildCommand",
                    "--master", cluster.masterUrl(), "--deploy-mode", "client",
                    "--driver-memory", "2g", "--executor-memory", "2g",
                    run.app().toString(),
                    "--input", ClusterRuns.disclosures().toString(), "--warehouse", warehouse.toString(),
                    "--staging", dir.resolve("staging").toString()), cluster.log("submit"));
            assertThat(ClusterRuns.succeeded(submit))
                    .as("spark-submit finished with exit code 0; its log ends:\n%s\nworker:\n%s",
                            cluster.tail("submit", 60), cluster.tail("worker", 20))
                    .isTrue();
            assertThat(ClusterRuns.finishedTasks(cluster.workDir()))
                    .as("tasks finished in the worker's executors (%s)", cluster.workDir())
                    .isGreaterThanOrEqualTo(5); // at least one parse task per seed document
        }

        String submitLog = Files.readString(dir.resolve("submit.log"), StandardCharsets.UTF_8);
        assertThat(submitLog).contains("published " + warehouse + " from 5 files");
        ClusterRuns.assertSameContentAsSeed(warehouse, run.seed(), "spark://127.0.0.1:");
    }
}
