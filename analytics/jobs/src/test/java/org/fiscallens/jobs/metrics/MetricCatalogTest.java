package org.fiscallens.jobs.metrics;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricCatalogTest {
    private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+([a-z_][a-z0-9_]*)");

    /** What catalog.tsv says a metric reads is what its SQL reads: a missing entry would let it start too early. */
    @Test
    void everyMetricReadsExactlyTheMetricsItsSqlNames() {
        assertThat(MetricCatalog.METRICS).hasSize(13).startsWith("staff_counts", "reason_tags", "figures");
        for (String metric : MetricCatalog.METRICS) {
            Set<String> named = new TreeSet<>();
            Matcher m = TABLE_REFERENCE.matcher(MetricCatalog.sql(metric));
            while (m.find()) {
                if (MetricCatalog.METRICS.contains(m.group(1)) && !m.group(1).equals(metric)) {
                    named.add(m.group(1));
                }
            }
            assertThat(new TreeSet<>(MetricCatalog.reads(metric))).as(metric).isEqualTo(named);
        }
        assertThat(MetricCatalog.reads("anomalies")).containsExactly("execution_rates", "three_public_series");
        assertThat(MetricCatalog.reads("figures")).isEmpty();
    }

    @Test
    void theMetricMostOthersWaitForIsFigures() {
        assertThat(MetricCatalog.dependents("figures")).isEqualTo(8);
        assertThat(MetricCatalog.dependents("execution_preferred")).isZero();
        assertThat(MetricCatalog.METRICS).allSatisfy(m ->
                assertThat(MetricCatalog.dependents(m)).isLessThanOrEqualTo(MetricCatalog.dependents("figures")));
    }

    @Test
    void aCatalogReadingAMetricNotAboveItIsRefusedWithItsLine() {
        assertThatThrownBy(() -> MetricCatalog.load("/metrics/catalog-out-of-order.tsv"))
                .hasMessage("/metrics/catalog-out-of-order.tsv:4: yoy_changes reads figures, which is not a metric listed above it");
        assertThatThrownBy(() -> MetricCatalog.reads("no_such_metric")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_metric");
    }
}
