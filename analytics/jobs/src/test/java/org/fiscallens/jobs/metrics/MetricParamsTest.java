package org.fiscallens.jobs.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricParamsTest {
    @Test
    void defaultsComeFromTheResourceAndCanBeOverridden(@TempDir Path dir) throws Exception {
        MetricParams p = MetricParams.defaults();
        assertThat(p.values().get("three_public.rise_pct")).isEqualByComparingTo("0.30");
        assertThat(p.with("three_public.rise_pct", "0.5").values().get("three_public.rise_pct")).isEqualByComparingTo("0.5");
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "peer.robust_z=2.5\n");
        assertThat(p.withFile(file).values().get("peer.robust_z")).isEqualByComparingTo("2.5");
    }

    @Test
    void typosAndNonNumbersFailLoudly() {
        assertThatThrownBy(() -> MetricParams.defaults().with("three_public.rise", "0.5"))
                .hasMessageContaining("unknown metric parameter three_public.rise");
        assertThatThrownBy(() -> MetricParams.defaults().with("peer.robust_z", "high"))
                .hasMessageContaining("needs a number");
    }

    @Test
    void everyMetricHasItsOwnSqlFile() {
        for (String metric : MetricCatalog.METRICS) {
            assertThat(MetricCatalog.sql(metric)).as(metric).containsIgnoringCase("SELECT").doesNotEndWith(";");
        }
    }
}
