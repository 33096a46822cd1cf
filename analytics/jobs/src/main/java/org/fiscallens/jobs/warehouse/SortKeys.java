package org.fiscallens.jobs.warehouse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The deterministic row order of a warehouse table: every column, in contract order, NULLs last. Loading in
 * this order makes two builds over the same inputs produce the same table content and the same row order.
 */
final class SortKeys {
    private SortKeys() {
    }

    private static final List<String> LEADING = List.of("department_id", "fiscal_year", "doc_id", "line_no",
            "source_line", "line");

    static String orderBy(TableDef table) {
        List<String> names = table.columns().stream().map(ColumnDef::name).collect(Collectors.toList());
        List<String> ordered = new java.util.ArrayList<>(LEADING.stream().filter(names::contains).toList());
        names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
        List<String> keys = ordered.stream().map(c -> "\"" + c + "\" NULLS LAST").collect(Collectors.toList());
        return String.join(", ", keys);
    }
}
