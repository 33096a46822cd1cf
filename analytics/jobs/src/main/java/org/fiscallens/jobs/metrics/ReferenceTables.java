package org.fiscallens.jobs.metrics;

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
 * {@code metric_params} (thresholds), {@code reason_kinds} and {@code reason_keywords} (tagging the reasons
 * documents give for deviations), {@code table_roles} (which table kinds hold which aggregate).
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
        List<String[]> keywords = tsv("/metrics/reason_keywords.tsv");
        Map<String, Object[]> kinds = new LinkedHashMap<>();
        List<Object[]> kw = new ArrayList<>();
        for (String[] r : keywords) {
            kinds.putIfAbsent(r[1], new Object[]{r[1], Integer.parseInt(r[0]), r[3], r[4]});
            kw.add(new Object[]{r[1], r[2]});
        }
        tables.put("reason_kinds", new ArrayList<>(kinds.values()));
        tables.put("reason_keywords", kw);
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
