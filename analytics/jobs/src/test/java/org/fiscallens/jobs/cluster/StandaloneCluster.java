package org.fiscallens.jobs.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on this machine: one master and one worker, separate JVMs started from a
 * {@link SparkDistribution} on loopback ports, each logging to a file in {@code dir}. Executors run as children
 * of the worker, with their output under {@link #workDir()}. Closing stops the worker (and its executors), then
 * the master.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path dir;
    private final int masterPort;
    private Process master;
    private Process worker;

    private StandaloneCluster(Path dir, int masterPort) {
        this.dir = dir;
        this.masterPort = masterPort;
    }

    /** Starts the master, then a worker with {@code cores} and {@code memory} (e.g. {@code 2g}), once it is leader. */
    static StandaloneCluster start(SparkDistribution spark, Path dir, int cores, String memory) throws Exception {
        Files.createDirectories(dir.resolve("work"));
        StandaloneCluster c = new StandaloneCluster(dir, freePort());
        try {
            c.master = spark.start("org.apache.spark.deploy.master.Master", List.of("--host", "127.0.0.1",
                    "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(freePort())), c.log("master"));
            c.awaitLine("master", c.master, "I have been elected leader");
            c.worker = spark.start("org.apache.spark.deploy.worker.Worker", List.of("--host", "127.0.0.1",
                    "--cores", String.valueOf(cores), "--memory", memory, "--work-dir", c.workDir().toString(),
                    "--webui-port", String.valueOf(freePort()), c.masterUrl()), c.log("worker"));
            c.awaitLine("worker", c.worker, "Successfully registered with master");
            return c;
        } catch (Exception | AssertionError e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The worker's folder: one {@code app-…} folder per application, one folder per executor with its stderr. */
    Path workDir() {
        return dir.resolve("work");
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    /** The last {@code lines} lines of a process's log, for a failure message. */
    String tail(String name, int lines) {
        return ClusterRuns.tail(log(name), lines);
    }

    private void awaitLine(String name, Process p, String text) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (logContains(name, text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("Spark " + name + " exited with " + p.exitValue() + " before \"" + text
                        + "\":\n" + tail(name, 40));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Spark " + name + " did not log \"" + text + "\" within " + START_TIMEOUT + ":\n"
                + tail(name, 40));
    }

    private boolean logContains(String name, String text) {
        try {
            return Files.exists(log(name)) && Files.readString(log(name), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(worker);
        stop(master);
    }

    private static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
