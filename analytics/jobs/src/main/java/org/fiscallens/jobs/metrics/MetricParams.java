package org.fiscallens.jobs.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Metric thresholds and weights (table {@code metric_params}): defaults from
 * {@code metrics/thresholds.properties}, overridden by a properties file and by {@code name=value} flags.
 * Only names the defaults declare are accepted, so a typo fails loudly instead of being ignored.
 */
public record MetricParams(Map<String, BigDecimal> values) implements Serializable {
    public MetricParams {
        values = Map.copyOf(values);
    }

    public static MetricParams defaults() {
        Properties p = new Properties();
        try (InputStream in = MetricParams.class.getResourceAsStream("/metrics/thresholds.properties");
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read metrics/thresholds.properties", e);
        }
        Map<String, BigDecimal> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, new BigDecimal(p.getProperty(k).strip())));
        return new MetricParams(values);
    }

    /** These params with {@code name} set to {@code value}; throws IllegalArgumentException for unknown names or non-numbers. */
    public MetricParams with(String name, String value) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("unknown metric parameter " + name + "; known: " + values.keySet());
        }
        BigDecimal v;
        try {
            v = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric parameter " + name + " needs a number, got '" + value + "'", e);
        }
        Map<String, BigDecimal> copy = new TreeMap<>(values);
        copy.put(name, v);
        return new MetricParams(copy);
    }

    /** These params overridden by every entry of the properties file {@code file}. */
    public MetricParams withFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metric parameters " + file, e);
        }
        MetricParams out = this;
        for (String k : new TreeMap<>(Map.copyOf((Map<String, String>) (Map) p)).keySet()) {
            out = out.with(k, p.getProperty(k));
        }
        return out;
    }
}
