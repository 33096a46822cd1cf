package org.fiscallens.ingest.table;

import java.util.HashMap;
import java.util.Map;

/**
 * The section each row of one table stands in, read row by row in table order: per column group, the key of the
 * group's last top-level row ({@code 一、政府采购情况} → {@code 政府采购情况}), so that in a two-sided table the
 * income side's {@code 二、上年结转} is no section of the expenditure side. A section runs on over the table's
 * continuation pages; one named above a page's header ({@link RowDraft#headerSection}) starts afresh for every group.
 */
final class RowSections {
    private final Map<String, String> byGroup = new HashMap<>(); // column group (null for one-sided tables) → key
    private String header;

    /** The section key of row {@code d}, whose compacted label is {@code label} (a section row is in its own), or null. */
    String of(RowDraft d, String label) {
        if (d.headerSection != null && !d.headerSection.equals(header)) {
            header = d.headerSection;
            byGroup.clear();
        }
        if (Labels.topOrdinal(label)) {
            byGroup.put(d.group, Labels.key(label));
        }
        return byGroup.getOrDefault(d.group, header);
    }
}
