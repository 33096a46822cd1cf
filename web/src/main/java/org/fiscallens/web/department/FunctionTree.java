package org.fiscallens.web.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.warehouse.Row;

/** 功能分类 rows grouped per document (year, kind) into a 类 → 款 → 项 tree for drill-down. */
final class FunctionTree {
    private FunctionTree() {
    }

    /** @return per (year, kind): {fiscal_year, doc_kind, classes: [{row, sections: [{row, items: [row]}]}]} */
    static List<Map<String, Object>> groups(List<Row> rows) {
        Map<String, List<Row>> byDoc = new LinkedHashMap<>();
        for (Row r : rows) {
            byDoc.computeIfAbsent(r.integer("fiscal_year") + "/" + r.text("doc_kind"), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byDoc.forEach((key, list) -> {
            List<Map<String, Object>> classes = new ArrayList<>();
            for (Row c : list) {
                if (!"class".equals(c.text("level"))) {
                    continue;
                }
                String cc = c.text("code");
                List<Map<String, Object>> sections = new ArrayList<>();
                for (Row s : list) {
                    String sc = s.text("code");
                    if ("section".equals(s.text("level")) && sc.startsWith(cc)) {
                        List<Row> items = list.stream()
                                .filter(i -> "item".equals(i.text("level")) && i.text("code").startsWith(sc)).toList();
                        sections.add(Map.of("row", s, "items", items));
                    }
                }
                classes.add(Map.of("row", c, "sections", sections));
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("fiscal_year", list.get(0).integer("fiscal_year"));
            g.put("doc_kind", list.get(0).text("doc_kind"));
            g.put("classes", classes);
            out.add(g);
        });
        return out;
    }
}
