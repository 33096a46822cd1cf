package org.fiscallens.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spark on Java 17 needs {@code --add-opens} for several JDK packages (the list is the root pom's
 * {@code spark.jvm.opens}, copied into {@code jobs/jvm-options.txt} at build time). They cannot be added to a
 * running JVM, so a command started without them relaunches itself once in a child JVM that has them
 * (same java, same classpath, same heap limit, and the {@code -X…}/{@code -D…} options it was started with, such
 * as a GC or JIT choice). spark-submit already passes them, so under spark-submit ({@code spark.master} set)
 * nothing is relaunched.
 */
public final class JvmOptions {
    private JvmOptions() {
    }

    /** True when this JVM already opens {@code java.nio} to the classpath (the opens were passed). */
    public static boolean sparkOpensPresent() {
        return Object.class.getModule().isOpen("java.nio", JvmOptions.class.getModule())
                && Object.class.getModule().isOpen("sun.nio.ch", JvmOptions.class.getModule());
    }

    /** The options from {@code jobs/jvm-options.txt}. */
    public static List<String> sparkOpens() {
        try (InputStream in = JvmOptions.class.getResourceAsStream("/jobs/jvm-options.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource jobs/jvm-options.txt missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.contains("${")) {
                throw new IllegalStateException("jobs/jvm-options.txt was not filtered by Maven: " + text);
            }
            return Arrays.stream(text.split("\\s+")).filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read jobs/jvm-options.txt", e);
        }
    }

    /**
     * The options of {@code inputArguments} a relaunched JVM keeps: heap, GC and JIT options ({@code -X…}) and
     * system properties ({@code -D…}); not debugger or agent options, whose port or files the parent holds.
     */
    static List<String> carriedOver(List<String> inputArguments) {
        return inputArguments.stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-D"))
                .filter(a -> !a.startsWith("-Xdebug") && !a.startsWith("-Xrunjdwp") && !a.startsWith("-Dfiscallens.noRelaunch"))
                .toList();
    }

    /**
     * When this JVM lacks the opens and is not under spark-submit, runs {@code mainClass args} in a child JVM
     * with them and returns its exit code; otherwise returns -1 and the caller carries on in-process.
     */
    public static int relaunchIfNeeded(Class<?> mainClass, String[] args) {
        if (sparkOpensPresent() || System.getProperty("spark.master") != null
                || Boolean.getBoolean("fiscallens.noRelaunch")) {
            return -1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(sparkOpens());
        cmd.add("-Xmx" + Math.max(1, Runtime.getRuntime().maxMemory() >> 20) + "m");
        cmd.addAll(carriedOver(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.add("-Dfiscallens.noRelaunch=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot relaunch the JVM with Spark's --add-opens: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
