package org.fiscallens.jobs.metrics;

import org.fiscallens.ingest.source.DataResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric SQL, one resource per metric ({@code metrics/<name>.sql}), and which metrics' results each one
 * reads ({@code metrics/catalog.tsv}): each query reads the record tables, the reference tables and the results
 * of the metrics it names, by name. Written in the subset of SQL that Spark SQL and DuckDB both run, so the
 * benchmark can run it in DuckDB alone.
 */
public final class MetricCatalog {
    private static final Map<String, List<String>> READS = load("/metrics/catalog.tsv");

    /**
     * Every metric, in an order that runs them one after another (each after the metrics it reads). A metric's
     * name is also the warehouse table it fills, except {@code metric_checks} (see {@link #targetTable}).
     */
    public static final List<String> METRICS = List.copyOf(READS.keySet());

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

    /** The metrics whose results {@code metric}'s SQL reads (empty for none); unknown metric: IllegalArgumentException. */
    public static List<String> reads(String metric) {
        List<String> r = READS.get(metric);
        if (r == null) {
            throw new IllegalArgumentException("no metric " + metric + " in metrics/catalog.tsv");
        }
        return r;
    }

    /** The warehouse table a metric's rows are loaded into. */
    public static String targetTable(String metric) {
        return metric.equals("metric_checks") ? "checks" : metric;
    }

    /** Reads the catalog; a metric reading one not listed above it is a packaging error naming the line. */
    static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> reads = new LinkedHashMap<>();
        List<DataResource.Line> lines = DataResource.lines(MetricCatalog.class, resource);
        for (DataResource.Line line : lines.subList(1, lines.size())) { // the first line names the columns
            String[] f = line.fields();
            if (f.length != 2 || f[0].isBlank()) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected metric<TAB>reads, got " + line.text());
            }
            List<String> r = f[1].equals("-") ? List.of() : Arrays.asList(f[1].split(","));
            for (String dep : r) {
                if (!reads.containsKey(dep)) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": " + f[0] + " reads " + dep
                            + ", which is not a metric listed above it");
                }
            }
            if (reads.put(f[0], List.copyOf(r)) != null) {
                throw new IllegalStateException(resource + ":" + line.number() + ": metric " + f[0] + " listed twice");
            }
        }
        return reads;
    }

    /**
     * How many metrics depend on {@code metric}, directly or through others: the scheduler starts the metric
     * that most others wait for first.
     */
    static int dependents(String metric) {
        Set<String> reached = new HashSet<>(List.of(metric));
        for (String m : METRICS) { // catalog order: a metric's reads come before it
            if (READS.get(m).stream().anyMatch(reached::contains)) {
                reached.add(m);
            }
        }
        return reached.size() - 1;
    }
}
