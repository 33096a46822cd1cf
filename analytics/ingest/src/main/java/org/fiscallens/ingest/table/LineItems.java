package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the rows read into {@link LineItem}s: one per amount, with the row's classification, code and level, the
 * amount's measure and column group. Plain rows get the canonical key of their label ({@code year_total},
 * {@code personnel}, …; under a section such as {@code 一、政府采购情况} the key of section/label, e.g.
 * {@code procurement}) as code the first time the label occurs in a table, column group and measure. An item
 * ({@code （一）…}, {@code 其中：…}) of a section whose items are scoped ({@code 二、上年结转}) gets its key under the
 * section's ({@code carryover_begin.general_budget}), so it never takes the key of the current year's row. Sections
 * are tracked per column group ({@link RowSections}).
 */
final class LineItems {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");
    private LineItems() {
    }

    /** {@code s} without {@code [\s\u3000]} characters (the regex runs only when there is one). */
    private static String withoutSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
                return SPACES.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    static List<LineItem> of(String docId, List<TableInstance> tables) {
        List<LineItem> out = new ArrayList<>();
        for (TableInstance t : tables) {
            Set<String> keysSeen = new HashSet<>();
            RowSections sections = new RowSections();
            for (RowDraft d : t.rows) {
                String name = d.name == null ? null : Labels.withoutOrdinal(withoutSpaces(d.name));
                String code = d.code;
                String level = null;
                if (code != null && !"plain".equals(d.classification) && !"three_public".equals(d.classification)) {
                    level = ClassCodes.level(code);
                }
                String key = null;
                String label = d.name == null ? "" : Labels.compact(d.name);
                String section = sections.of(d, label);
                if ("plain".equals(d.classification) && name != null) {
                    key = section == null ? null : RowKeys.standard().keyOf(section + "/" + name).orElse(null);
                    if (key == null) {
                        key = RowKeys.standard().keyOf(name).orElse(null);
                        String scope = key == null || section == null || !Labels.subItem(label) ? null
                                : RowKeys.standard().scopeOf(section).orElse(null);
                        if (scope != null) {
                            key = scope + "." + key;
                        }
                    }
                }
                for (RowDraft.Unread u : d.unread) { // the row holds its key where its amount could not be read
                    if (key != null) {
                        keysSeen.add(u.group() + "|" + key + "|" + u.measure());
                    }
                }
                for (RowDraft.Amount a : d.amounts) {
                    String group = a.group();
                    String rowCode = code;
                    if (key != null && keysSeen.add(group + "|" + key + "|" + a.measure())) {
                        rowCode = key;
                    }
                    out.add(new LineItem(docId, t.descriptor.tableKind(), t.tableCode, t.title, d.classification,
                            rowCode, name, level, a.measure(), group, a.yuan(), a.line(), a.raw()));
                }
            }
        }
        return out;
    }
}
