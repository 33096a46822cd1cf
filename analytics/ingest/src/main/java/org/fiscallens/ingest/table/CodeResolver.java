package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives rows printed without their code one, where that is unambiguous: from the same document's coded rows
 * with the same name (001's 03表 prints names only; its 02表 and 05表 carry the codes), or for 类 rows of
 * summary tables from the 功能分类 类 names ({@code 十、卫生健康} → 210). A name shared by several codes
 * (其他社会保障和就业支出 is both 20899 and 2089999) is decided by the table's order: the code whose parent is
 * the row above, or an ancestor of it, and not yet used in the table. Rows left without a code stay
 * {@code plain} and are reported.
 */
final class CodeResolver {
    private CodeResolver() {
    }

    static void resolve(List<RowDraft> rows, TableReadingIssues issues) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (RowDraft d : rows) {
            if ("function".equals(d.classification) && d.code != null && d.name != null) {
                byName.computeIfAbsent(Labels.key(d.name), k -> new LinkedHashSet<>()).add(d.code);
            }
        }
        Map<TableRegion, String> previous = new java.util.IdentityHashMap<>(); // regions of one document are distinct
        Map<String, Set<String>> usedByTable = new HashMap<>();
        for (RowDraft d : rows) {
            String table = d.region.descriptor().key() + "|" + d.tableCode;
            Set<String> used = usedByTable.computeIfAbsent(table, k -> new HashSet<>());
            if (d.code != null && "function".equals(d.classification)) {
                previous.put(d.region, d.code);
                used.add(d.code);
                continue;
            }
            if (!d.wantsCode || d.name == null) {
                continue;
            }
            String resolve = d.region.descriptor().resolve();
            String code = null;
            if ("document".equals(resolve)) {
                Set<String> candidates = byName.getOrDefault(Labels.key(d.name), Set.of());
                code = choose(new ArrayList<>(candidates), previous.get(d.region), used);
                if (code == null && candidates.isEmpty()) {
                    code = ClassCodes.standard().functionClass(d.name).orElse(null);
                }
                if (code == null) {
                    issues.add(d, "unresolved_code", "warning", candidates.isEmpty()
                            ? "row '" + d.name + "' has no code and no coded row of the document carries this name;"
                              + " kept as a plain row"
                            : "row '" + d.name + "' has no code and its name fits several codes " + candidates
                              + "; kept as a plain row",
                            candidates.isEmpty()
                            ? "“" + d.name + "”行没有科目编码，文件中也没有同名的带编码行，按普通行保留"
                            : "“" + d.name + "”行没有科目编码，其名称对应多个编码 " + candidates + "，按普通行保留");
                }
            } else if ("function_class".equals(resolve) && (d.group == null || d.group.equals("expenditure")
                    || d.group.equals("function"))) {
                code = ClassCodes.standard().functionClass(d.name).orElse(null);
            }
            if (code != null) {
                d.code = code;
                d.classification = "function";
                previous.put(d.region, code);
                used.add(code);
            }
        }
    }

    private static String choose(List<String> candidates, String prev, Set<String> used) {
        List<String> free = candidates.stream().filter(c -> !used.contains(c)).toList();
        if (free.size() == 1) {
            return free.get(0);
        }
        if (prev == null) {
            return null;
        }
        List<String> fitting = new ArrayList<>();
        for (String c : free) {
            String parent = c.length() > 3 ? c.substring(0, c.length() - 2) : "";
            if (parent.isEmpty() || prev.startsWith(parent)) {
                fitting.add(c);
            }
        }
        fitting.sort((a, b) -> Integer.compare(b.length(), a.length()));
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        for (String c : fitting) {
            String parent = c.substring(0, c.length() - 2);
            if (prev.equals(parent)) {
                return c;
            }
        }
        return null;
    }

    /** Where resolution problems are reported. */
    interface TableReadingIssues {
        void add(RowDraft row, String kind, String severity, String message, String messageZh);
    }
}
