package org.fiscallens.jobs.metrics;

import org.fiscallens.ingest.narrative.ReasonTags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration tables metric SQL joins (also stored in the warehouse so readers can see what was used):
 * {@code metric_params} (thresholds), {@code reason_kinds} (the tags ingest's {@link ReasonTags} gives the
 * reasons documents state for deviations, in rule order, with bilingual labels), {@code table_roles} (which
 * table kinds hold which aggregate).
 * Rows are in the contract's column order.
 */
public final class ReferenceTables {
    private ReferenceTables() {
    }

    /** Table name → rows, in load order. */
    public static Map<String, List<Object[]>> of(MetricParams params) {
        Map<String, List<Object[]>> tables = new LinkedHashMap<>();
        List<Object[]> p = new ArrayList<>();
        params.values().forEach((k, v) -> p.add(new Object[]{k, v}));
        tables.put("metric_params", p);
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (String[] r : tsv("/metrics/reason_labels.tsv")) {
            labels.put(r[0], r);
        }
        List<String> tags = new ArrayList<>();
        ReasonTags.rules().forEach(rule -> {
            if (!tags.contains(rule.tag())) {
                tags.add(rule.tag());
            }
        });
        tags.add("other");
        List<Object[]> kinds = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String[] l = labels.getOrDefault(tags.get(i), new String[]{tags.get(i), tags.get(i), tags.get(i)});
            kinds.add(new Object[]{tags.get(i), i + 1, l[1], l[2]});
        }
        tables.put("reason_kinds", kinds);
        List<Object[]> roles = new ArrayList<>();
        for (String[] r : tsv("/metrics/table_roles.tsv")) {
            roles.add(new Object[]{r[0], r[1]});
        }
        tables.put("table_roles", roles);
        return tables;
    }

    static List<String[]> tsv(String resource) {
        try (InputStream in = ReferenceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Convenience for tests and the notebook docs: the value of one parameter. */
    public static BigDecimal param(MetricParams params, String name) {
        return params.values().get(name);
    }
}
