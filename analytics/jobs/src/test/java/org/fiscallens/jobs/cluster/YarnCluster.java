package org.fiscallens.jobs.cluster;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A YARN cluster in this JVM: Hadoop's {@link MiniYARNCluster} with one ResourceManager and one NodeManager whose
 * containers are real child processes (launched by the NodeManager's default container executor). The client
 * configuration is written to {@link #confDir()} as {@code yarn-site.xml}, the folder {@code spark-submit} reads
 * through {@code HADOOP_CONF_DIR}; container logs land under {@link #containerLogs()}.
 */
final class YarnCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(1);

    private final MiniYARNCluster yarn;
    private final Path confDir;

    private YarnCluster(MiniYARNCluster yarn, Path confDir) {
        this.yarn = yarn;
        this.confDir = confDir;
    }

    /**
     * Starts a cluster whose NodeManager offers {@code memoryMb} and {@code vcores}; its client configuration and
     * Hadoop's temporary files go under {@code dir}. Memory and disk checks that would kill containers or mark the
     * node unhealthy on a build machine are off.
     */
    static YarnCluster start(Path dir, int memoryMb, int vcores) throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        YarnConfiguration c = new YarnConfiguration();
        c.set(YarnConfiguration.RM_HOSTNAME, "127.0.0.1");
        c.setInt(YarnConfiguration.NM_PMEM_MB, memoryMb);
        c.setInt(YarnConfiguration.NM_VCORES, vcores);
        c.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        c.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
        c.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        c.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100.0f);
        c.set("hadoop.tmp.dir", Files.createDirectories(dir.resolve("hadoop-tmp")).toString());
        // the capacity scheduler with one queue, as capacity-scheduler.xml would give it; application masters may
        // take half the node (the default tenth is less than Spark's smallest application master)
        c.set("yarn.scheduler.capacity.root.queues", "default");
        c.setInt("yarn.scheduler.capacity.root.default.capacity", 100);
        c.setInt("yarn.scheduler.capacity.root.default.maximum-capacity", 100);
        c.setFloat("yarn.scheduler.capacity.maximum-am-resource-percent", 0.5f);
        MiniYARNCluster yarn = new MiniYARNCluster("fiscal-lens-yarn", 1, 1, 1);
        YarnCluster cluster = new YarnCluster(yarn, conf);
        try {
            yarn.init(c);
            yarn.start();
            cluster.awaitAddress();
            try (OutputStream out = Files.newOutputStream(conf.resolve("yarn-site.xml"))) {
                yarn.getConfig().writeXml(out);
            }
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    /** The ResourceManager publishes its bound port in the configuration a moment after {@code start()} returns. */
    private void awaitAddress() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String address = yarn.getConfig().get(YarnConfiguration.RM_ADDRESS, "");
            if (!address.endsWith(":0") && address.contains(":")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("YARN's ResourceManager published no address within " + START_TIMEOUT);
    }

    /** The folder to pass as {@code HADOOP_CONF_DIR}. */
    Path confDir() {
        return confDir;
    }

    /**
     * The NodeManager's log folder: one {@code application_…/container_…} folder per container, with its stderr.
     * The mini cluster chooses it (under {@code target/test/data}), whatever the configuration asked for.
     */
    Path containerLogs() {
        return Path.of(yarn.getNodeManager(0).getConfig().get(YarnConfiguration.NM_LOG_DIRS));
    }

    /** Every application the ResourceManager knows, with its state and final status. */
    List<ApplicationReport> applications() throws Exception {
        try (YarnClient client = YarnClient.createYarnClient()) {
            client.init(new Configuration(yarn.getConfig()));
            client.start();
            return client.getApplications();
        }
    }

    @Override
    public void close() throws IOException {
        yarn.close();
    }
}
