package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.DataResource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical keys of rows printed without a code ({@code 本年收入合计} → {@code year_total},
 * {@code 人员经费合计} → {@code personnel}), from resource {@code ingest/tables/row-keys.tsv}.
 */
final class RowKeys {
    private static final RowKeys STANDARD = load("/ingest/tables/row-keys.tsv");

    private final Map<String, String> keys;

    private RowKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    static RowKeys standard() {
        return STANDARD;
    }

    Optional<String> keyOf(String label) {
        return Optional.ofNullable(keys.get(Labels.key(label)));
    }

    private static RowKeys load(String resource) {
        Map<String, String> keys = new HashMap<>();
        for (DataResource.Line data : DataResource.lines(RowKeys.class, resource)) {
            String line = data.text();
            String[] f = line.split("\t");
            keys.put(Labels.key(f[0]), f[1]);
        }
        return new RowKeys(Map.copyOf(keys));
    }
}
