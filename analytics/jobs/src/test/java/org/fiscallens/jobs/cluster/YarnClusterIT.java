package org.fiscallens.jobs.cluster;

import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code spark-submit} command with {@code --master yarn}, run for real: a YARN ResourceManager and
 * NodeManager ({@link YarnCluster}), and spark-submit started from the distribution folder with
 * {@code HADOOP_CONF_DIR} pointing at the cluster's {@code yarn-site.xml}. YARN launches Spark's application
 * master and an executor as containers (child processes of the NodeManager, with the distribution's jars
 * uploaded by spark-submit and localised by YARN); the driver stays in spark-submit (client mode) and publishes
 * the warehouse. It must have the seed warehouse's content, the parse tasks must have run in a YARN container,
 * and YARN must record the application as succeeded.
 *
 * <p>Run by Failsafe after {@code package}; {@code -Dseed.skip=true} skips it. About 2 min on the 2-core build
 * machine.
 */
class YarnClusterIT {

    @Test
    void sparkSubmitToYarnPublishesTheSameWarehouseAsTheEmbeddedBuild() throws Exception {
        ClusterRuns.Setup run = ClusterRuns.setUp("yarn");
        Path dir = run.dir();
        SparkDistribution spark = run.spark();
        assertThat(spark.home().resolve("jars")).as("the distribution has Spark's YARN support")
                .isDirectoryContaining("glob:**/spark-yarn_*.jar");

        Path warehouse = dir.resolve("disclosures.duckdb");
        Path log = dir.resolve("submit.log");
        String javaHome = System.getProperty("java.home");
        try (YarnCluster yarn = YarnCluster.start(dir, 4096, 4)) {
            Map<String, String> env = new HashMap<>(spark.environment());
            env.put("HADOOP_CONF_DIR", yarn.confDir().toString());
            Process submit = spark.start("org.apache.spark.deploy.SparkSubmit", List.of(
                    "--class", "org.fiscallens.jobs.BuildCommand",
                    "--master", "yarn", "--deploy-mode", "client",
                    "--driver-memory", "2g", "--executor-memory", "1g",
                    "--num-executors", "1", "--executor-cores", "2",
                    // the containers' java: YARN passes only the variables it is told to
                    "--conf", "spark.yarn.appMasterEnv.JAVA_HOME=" + javaHome,
                    "--conf", "spark.executorEnv.JAVA_HOME=" + javaHome,
                    // the uploaded jars go here, not under the user's home
                    "--conf", "spark.yarn.stagingDir=" + dir.resolve("yarn-staging").toUri(),
                    run.app().toString(),
                    "--input", ClusterRuns.disclosures().toString(), "--warehouse", warehouse.toString(),
                    "--staging", dir.resolve("staging").toString()), log, env);
            assertThat(ClusterRuns.succeeded(submit))
                    .as("spark-submit finished with exit code 0; its log ends:\n%s", ClusterRuns.tail(log, 60))
                    .isTrue();
            assertThat(ClusterRuns.finishedTasks(yarn.containerLogs()))
                    .as("tasks finished in YARN containers (%s)", yarn.containerLogs())
                    .isGreaterThanOrEqualTo(5); // at least one parse task per seed document

            List<ApplicationReport> apps = yarn.applications();
            assertThat(apps).as("applications YARN ran").hasSize(1);
            assertThat(apps.get(0).getApplicationType()).isEqualTo("SPARK");
            assertThat(apps.get(0).getYarnApplicationState()).isEqualTo(YarnApplicationState.FINISHED);
            assertThat(apps.get(0).getFinalApplicationStatus()).isEqualTo(FinalApplicationStatus.SUCCEEDED);
        }

        String submitLog = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(submitLog).contains("published " + warehouse + " from 5 files");
        ClusterRuns.assertSameContentAsSeed(warehouse, run.seed(), "yarn");
    }
}
