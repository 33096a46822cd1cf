package org.fiscallens.web.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiscallens.web.warehouse.Row;

/**
 * The compared departments' spending by 功能分类 类 side by side: a row per 类, a column per department and year
 * ({@code sql/compare/function_classes.sql}: one document each, the final account where there is one), each cell
 * the 类's share of that document's total with its amount and line, and per row the highest and lowest share
 * marked (only where they differ). A department that does not list a 类 has no cell there, never a zero.
 *
 * @param columns the department-years, in the order of the comparison
 * @param rows    one per 类 code, in code order
 */
record CompareClasses(List<Column> columns, List<ClassRow> rows) {
    /** One department-year and the document its shares come from. */
    record Column(String departmentId, int fiscalYear, String docKind, String statement) {
        String key() {
            return departmentId + "|" + fiscalYear;
        }
    }

    /** A 类: its code, the name most columns give it, its cells by {@link Column#key()} and the marks. */
    record ClassRow(String code, String name, Map<String, Row> cells, Map<String, String> marks) {
        /** The cell of {@code column}, or null. */
        public Row cell(Column column) {
            return cells.get(column.key());
        }

        /** "max", "min" or null for {@code column}'s share. */
        public String mark(Column column) {
            return marks.get(column.key());
        }
    }

    /** Lays out each department's rows (in the comparison's department order). */
    static CompareClasses of(Map<String, List<Row>> byDepartment) {
        List<Column> columns = new ArrayList<>();
        Map<String, Map<String, Row>> cells = new TreeMap<>();
        Map<String, Map<String, Integer>> names = new TreeMap<>();
        byDepartment.forEach((department, rows) -> {
            Map<Integer, Column> own = new TreeMap<>();
            for (Row r : rows) {
                Column c = own.computeIfAbsent(r.integer("fiscal_year"),
                        y -> new Column(department, y, r.text("doc_kind"), r.text("statement")));
                cells.computeIfAbsent(r.text("code"), k -> new LinkedHashMap<>()).put(c.key(), r);
                names.computeIfAbsent(r.text("code"), k -> new LinkedHashMap<>()).merge(r.text("name"), 1, Integer::sum);
            }
            columns.addAll(own.values());
        });
        List<ClassRow> rows = new ArrayList<>();
        cells.forEach((code, own) -> rows.add(new ClassRow(code, mostGiven(names.get(code)), own, marks(own))));
        return new CompareClasses(List.copyOf(columns), List.copyOf(rows));
    }

    private static String mostGiven(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .orElseThrow().getKey();
    }

    private static Map<String, String> marks(Map<String, Row> cells) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        cells.forEach((column, r) -> shares.put(column, r.decimal("share")));
        return Extremes.of(shares);
    }
}
