package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JvmOptionsTest {
    @Test
    void aRelaunchKeepsHeapGcJitAndPropertiesButNotDebuggerOrAgents() {
        List<String> started = List.of("-Xmx8g", "-XX:+UseParallelGC", "-XX:-UseOnStackReplacement",
                "-Dspark.sql.shuffle.partitions=4", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:/opt/agent.jar", "-Xrunjdwp:transport=dt_socket", "-Dfiscallens.noRelaunch=true");

        assertThat(JvmOptions.carriedOver(started)).containsExactly("-Xmx8g", "-XX:+UseParallelGC",
                "-XX:-UseOnStackReplacement", "-Dspark.sql.shuffle.partitions=4");
    }

    @Test
    void theOpensListComesFromTheFilteredResource() {
        assertThat(JvmOptions.sparkOpens()).contains("--add-opens=java.base/java.nio=ALL-UNNAMED")
                .noneMatch(o -> o.contains("${"));
    }

    @Test
    void theOpensListIsWhatSparkSubmitAdds() {
        // Spark's launcher builds spark-submit's JVM options from this list; a Spark upgrade that changes it must
        // change the root pom's spark.jvm.opens too, or the embedded build and the cluster differ
        assertThat(JvmOptions.sparkOpens())
                .containsExactly(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray());
    }
}
