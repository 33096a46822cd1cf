package org.fiscallens.jobs.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The metric SQL, one resource per metric ({@code metrics/<name>.sql}), in dependency order: each query
 * reads the record tables, the reference tables and the results of metrics before it, by name. Written in
 * the subset of SQL that Spark SQL and DuckDB both run, so the benchmark can run it in DuckDB alone.
 */
public final class MetricCatalog {
    /** Metric name → warehouse table it fills (same name, except {@code metric_checks} which joins {@code checks}). */
    public static final List<String> METRICS = List.of("staff_counts", "reason_tags", "figures", "yoy_changes",
            "execution_rates", "structure_shares", "three_public_series", "anomalies", "metric_checks",
            "consistency_scores", "deviation_reasons", "execution_preferred");

    private MetricCatalog() {
    }

    public static String sql(String metric) {
        String resource = "/metrics/" + metric + ".sql";
        try (InputStream in = MetricCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("metric SQL " + resource + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";\\s*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The warehouse table a metric's rows are loaded into. */
    public static String targetTable(String metric) {
        return metric.equals("metric_checks") ? "checks" : metric;
    }
}
