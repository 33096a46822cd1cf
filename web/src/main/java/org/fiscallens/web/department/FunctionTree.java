package org.fiscallens.web.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.warehouse.Row;

/**
 * 功能分类 rows grouped per document (year, kind) into a 类 → 款 → 项 tree for drill-down. A row hangs under
 * the nearest ancestor code the document holds; rows without one (e.g. a budget listing only 项) are
 * top-level.
 */
final class FunctionTree {
    private FunctionTree() {
    }

    /** @return per (year, kind): {fiscal_year, doc_kind, statement, source (table | narrative), nodes: [{row, children: [{row, children: [row]}]}]} */
    static List<Map<String, Object>> groups(List<Row> rows) {
        Map<String, List<Row>> byDoc = new LinkedHashMap<>();
        for (Row r : rows) {
            byDoc.computeIfAbsent(r.integer("fiscal_year") + "/" + r.text("doc_kind"), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byDoc.forEach((key, list) -> {
            Map<String, Row> byCode = new LinkedHashMap<>();
            list.forEach(r -> byCode.putIfAbsent(r.text("code"), r));
            Map<String, List<Row>> children = new LinkedHashMap<>();
            List<Row> top = new ArrayList<>();
            for (Row r : byCode.values()) {
                String parent = parent(r.text("code"), byCode);
                if (parent == null) {
                    top.add(r);
                } else {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
                }
            }
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (Row t : top) {
                List<Map<String, Object>> mid = new ArrayList<>();
                for (Row c : children.getOrDefault(t.text("code"), List.of())) {
                    mid.add(Map.of("row", c, "children", children.getOrDefault(c.text("code"), List.of())));
                }
                nodes.add(Map.of("row", t, "children", mid));
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("fiscal_year", list.get(0).integer("fiscal_year"));
            g.put("doc_kind", list.get(0).text("doc_kind"));
            g.put("statement", list.get(0).text("statement"));
            g.put("source", list.get(0).text("source"));
            g.put("nodes", nodes);
            out.add(g);
        });
        return out;
    }

    private static String parent(String code, Map<String, Row> byCode) {
        for (int len = code.length() - 2; len >= 3; len -= 2) {
            String p = code.substring(0, len);
            if (byCode.containsKey(p)) {
                return p;
            }
        }
        return null;
    }
}
