package org.fiscallens.jobs.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark distribution folder ({@code SPARK_HOME} with the jars under {@code jars/}), and the commands it runs.
 * Every command is built by Spark's own launcher ({@code org.apache.spark.launcher.Main}, what {@code spark-class}
 * and {@code spark-submit} call), so a process gets the classpath and the Java 17 options a real installation
 * gives it; nothing here adds JVM options of its own.
 */
record SparkDistribution(Path home) {
    /** The Scala version of the jars, which the launcher otherwise reads from a source checkout's build folders. */
    static final String SCALA_VERSION = "2.13";

    SparkDistribution {
        home = home.toAbsolutePath();
        if (!Files.isDirectory(home.resolve("jars"))) {
            throw new IllegalArgumentException(home + " has no jars/ folder; `mvn verify` writes it before the"
                    + " integration tests (maven-dependency-plugin, pre-integration-test)");
        }
    }

    /** Environment every Spark process of this distribution gets (the worker passes it on to its executors). */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", SCALA_VERSION,
                "SPARK_LOCAL_IP", "127.0.0.1");
    }

    /**
     * The command line {@code spark-class mainClass args…} would run with {@code env} (the launcher reads some of
     * it: {@code HADOOP_CONF_DIR} joins the classpath).
     */
    List<String> command(String mainClass, List<String> args, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> launcher = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", home.resolve("jars") + "/*", "org.apache.spark.launcher.Main", mainClass));
        launcher.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(launcher).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("Spark's launcher failed for " + mainClass + " (exit " + p.exitValue() + ")");
        }
        // the launcher prints the command's words, each ended by a NUL byte, for the calling script to exec
        List<String> words = new ArrayList<>();
        for (String w : new String(out, StandardCharsets.UTF_8).split("\0")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("Spark's launcher printed no command for " + mainClass);
        }
        return words;
    }

    /** Starts {@code spark-class mainClass args…} with its output (both streams) appended to {@code log}. */
    Process start(String mainClass, List<String> args, Path log) throws IOException, InterruptedException {
        return start(mainClass, args, log, environment());
    }

    /** As {@link #start(String, List, Path)}, with {@code env} (which should include {@link #environment()}). */
    Process start(String mainClass, List<String> args, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(mainClass, args, env)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return pb.start();
    }
}
