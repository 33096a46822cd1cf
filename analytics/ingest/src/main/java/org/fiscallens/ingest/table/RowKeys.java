package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.DataResource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical keys of rows printed without a code ({@code 本年收入合计} → {@code year_total},
 * {@code 人员经费合计} → {@code personnel}), and the sections whose items are keyed under them
 * ({@code 上年结转/*} → {@code carryover_begin}: its {@code （一）一般公共预算拨款} is
 * {@code carryover_begin.general_budget}), from resource {@code ingest/tables/row-keys.tsv}.
 */
final class RowKeys {
    private static final RowKeys STANDARD = load("/ingest/tables/row-keys.tsv");

    private final Map<String, String> keys;
    private final Map<String, String> scopes;

    private RowKeys(Map<String, String> keys, Map<String, String> scopes) {
        this.keys = keys;
        this.scopes = scopes;
    }

    static RowKeys standard() {
        return STANDARD;
    }

    Optional<String> keyOf(String label) {
        return Optional.ofNullable(keys.get(Labels.key(label)));
    }

    /**
     * The key prefix of the items of section {@code label} ({@code 二、上年结转} → {@code carryover_begin}), or
     * empty when its items keep their own keys ({@code 一、本年收入}).
     */
    Optional<String> scopeOf(String label) {
        return Optional.ofNullable(scopes.get(Labels.key(label)));
    }

    private static RowKeys load(String resource) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> scopes = new HashMap<>();
        for (DataResource.Line data : DataResource.lines(RowKeys.class, resource)) {
            String[] f = data.fields();
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + data.number() + ": expected label<TAB>key: " + data.text());
            }
            if (f[0].endsWith("/*")) {
                scopes.put(Labels.key(f[0].substring(0, f[0].length() - 2)), f[1]);
            } else {
                keys.put(Labels.key(f[0]), f[1]);
            }
        }
        return new RowKeys(Map.copyOf(keys), Map.copyOf(scopes));
    }
}
