package org.fiscallens.web.items;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscallens.web.http.HttpError;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.warehouse.Row;
import org.fiscallens.web.warehouse.Warehouse;

/**
 * One 功能分类 or 经济分类 item as the item page shows it: its name and level, the items above and below it, the
 * statements (whose total it is part of) the documents give it under, and its cells for the chosen statement.
 *
 * @param code           the item's code (3, 5 or 7 digits)
 * @param classification {@code function} (功能分类) or {@code economic} (经济分类)
 * @param item           the item's search row (name, level, departments, documents, years)
 * @param parents        the items above it, 类 first
 * @param children       the items one level below it
 * @param statements     statement → how many departments report the item under it, most first
 * @param statement      the statement shown
 * @param cells          every cell of the item (all statements), as {@code sql/items/cells.sql} gives them
 */
public record ItemView(String code, String classification, Row item, List<Row> parents, List<Row> children,
                       Map<String, Long> statements, String statement, List<Row> cells) {
    /** On equal coverage, the statement a reader compares first. */
    private static final List<String> PREFERRED = List.of("general_budget", "expenditure",
            "general_budget_expenditure_economic", "basic_expenditure_economic");

    /**
     * The item {@code rawCode} ({@code class} and {@code statement} as the request gives them, null for the
     * default). Throws {@link HttpError.BadParameter} for a malformed code, class or statement and
     * {@link HttpError.NotFound} for a code no document reports.
     */
    public static ItemView of(Warehouse w, String rawCode, String rawClass, String rawStatement) {
        Params.itemCode("code", rawCode);
        String classification = Params.oneOf("class", rawClass, null, Set.of("function", "economic"));
        List<Row> cells = List.of();
        for (String c : classification == null ? List.of("function", "economic") : List.of(classification)) {
            cells = w.query("items/cells", rawCode, c);
            if (!cells.isEmpty()) {
                classification = c;
                break;
            }
        }
        if (cells.isEmpty()) {
            throw new HttpError.NotFound("no document reports the item " + rawCode, "没有文件列出科目 " + rawCode);
        }
        String cls = classification;
        // the whole 类 the item belongs to: its parents, itself and its children in one query
        List<Row> family = w.query("items/search", rawCode.substring(0, 3), "", 7).stream()
                .filter(r -> cls.equals(r.text("classification"))).toList();
        Row item = family.stream().filter(r -> rawCode.equals(r.text("code"))).findFirst().orElseThrow();
        List<Row> parents = family.stream()
                .filter(r -> r.text("code").length() < rawCode.length() && rawCode.startsWith(r.text("code"))).toList();
        List<Row> children = family.stream()
                .filter(r -> r.text("code").length() == rawCode.length() + 2 && r.text("code").startsWith(rawCode)).toList();
        Map<String, Long> statements = statements(cells);
        String statement = Params.oneOf("statement", rawStatement, statements.keySet().iterator().next(), statements.keySet());
        return new ItemView(rawCode, cls, item, parents, children, statements, statement, cells);
    }

    /** The cells of the statement shown. */
    public List<Row> shown() {
        return cells.stream().filter(r -> statement.equals(r.text("statement"))).toList();
    }

    /** Statement → departments reporting the item under it; most departments first, then {@link #PREFERRED}. */
    static Map<String, Long> statements(List<Row> cells) {
        Map<String, Set<String>> departments = new LinkedHashMap<>();
        for (Row r : cells) {
            departments.computeIfAbsent(r.text("statement"), k -> new HashSet<>()).add(r.text("department_id"));
        }
        List<String> order = new ArrayList<>(departments.keySet());
        order.sort(Comparator.<String>comparingInt(s -> -departments.get(s).size())
                .thenComparingInt(s -> PREFERRED.contains(s) ? PREFERRED.indexOf(s) : PREFERRED.size())
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Long> out = new LinkedHashMap<>();
        order.forEach(s -> out.put(s, (long) departments.get(s).size()));
        return out;
    }
}
