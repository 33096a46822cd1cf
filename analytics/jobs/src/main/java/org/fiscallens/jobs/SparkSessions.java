package org.fiscallens.jobs;

import org.apache.spark.sql.SparkSession;
import org.fiscallens.jobs.localfs.ForkFreeLocalFileSystem;
import org.fiscallens.jobs.parse.ParserWarmUp;

/** The Spark session of a build: embedded local mode by default, or whatever master spark-submit set. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session for {@code master} ({@code local[*]}, {@code spark://host:7077}, {@code yarn}); when null,
     * the master spark-submit configured ({@code spark.master}) or else {@code local[*]}.
     */
    public static SparkSession create(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("fiscal-lens-build")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC");
        defaultUnlessSet(b, "spark.sql.shuffle.partitions",
                String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)));
        String effective = master(master);
        b.master(effective);
        if (!effective.startsWith("yarn")) {
            // file: URIs through NIO, not a forked chmod per created file (see ForkFreeLocalFileSystem). Not on
            // YARN: Spark's application master reads spark.hadoop.* too and has no application jar in client
            // mode; the parse tasks still stage through it (ParseTask names it in their own configuration).
            defaultUnlessSet(b, "spark.hadoop.fs.file.impl", ForkFreeLocalFileSystem.class.getName());
        }
        if (effective.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            // One machine, small inputs: planning and code generation dominate, not data. Adaptive execution
            // and broadcast joins add a job per join, whole-stage codegen a compile per plan; measured on the
            // five seeds the metric stage fell from 57 s to 26 s without them. A -Dspark.* property wins.
            defaultUnlessSet(b, "spark.sql.adaptive.enabled", "false");
            defaultUnlessSet(b, "spark.sql.autoBroadcastJoinThreshold", "-1");
            defaultUnlessSet(b, "spark.sql.codegen.wholeStage", "false");
        }
        return b.getOrCreate();
    }

    /**
     * A build's session for {@code master}: {@link #create(String)}, started while the parser warms up on the first
     * documents of {@code input} in local mode ({@link ParserWarmUp}).
     */
    public static SparkSession create(String master, String input) {
        return ParserWarmUp.whileStarting(input, local(master), () -> create(master));
    }

    /** The master a session for {@code master} runs on: it, else the one spark-submit configured, else {@code local[*]}. */
    public static String master(String master) {
        String configured = System.getProperty("spark.master");
        return master != null ? master : configured != null ? configured : "local[*]";
    }

    /** Whether a session for {@code master} runs embedded, in this JVM. */
    public static boolean local(String master) {
        return master(master).startsWith("local");
    }

    /**
     * In local mode, sizes the plan to the input: {@code partitions} shuffle partitions when positive, else one
     * per 200 documents, at least 1 and at most two per core. Returns true when that is one partition (a small
     * input: under 400 documents unless {@code partitions} says otherwise); then projections are interpreted
     * instead of compiled ({@code spark.sql.codegen.factoryMode=NO_CODEGEN}: compiling costs more than the
     * rows it would speed up) and staged Parquet is written uncompressed. A {@code -Dspark.*} property for any
     * of these settings wins, except over an explicit {@code partitions}. On a cluster the session is left alone
     * and the result is false.
     */
    public static boolean sizeToInput(SparkSession spark, int documents, int partitions) {
        if (!spark.sparkContext().isLocal()) {
            return false;
        }
        int max = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        String sized = String.valueOf(Math.max(1, Math.min(max, documents / 200)));
        spark.conf().set("spark.sql.shuffle.partitions", partitions > 0 ? String.valueOf(partitions) // the flag wins
                : System.getProperty("spark.sql.shuffle.partitions", sized));
        boolean small = spark.conf().get("spark.sql.shuffle.partitions").equals("1");
        runtimeDefault(spark, "spark.sql.codegen.factoryMode", small ? "NO_CODEGEN" : null);
        runtimeDefault(spark, "spark.sql.parquet.compression.codec", small ? "uncompressed" : "snappy");
        return small;
    }

    /** Sets {@code key} for this session (unsets it when {@code value} is null) unless a system property set it. */
    private static void runtimeDefault(SparkSession spark, String key, String value) {
        if (System.getProperty(key) != null) {
            return;
        }
        if (value == null) {
            spark.conf().unset(key);
        } else {
            spark.conf().set(key, value);
        }
    }

    /** Sets {@code key} on the builder unless a {@code -Dkey} system property (which SparkConf reads itself) set it. */
    private static void defaultUnlessSet(SparkSession.Builder b, String key, String value) {
        if (System.getProperty(key) == null) {
            b.config(key, value);
        }
    }
}
