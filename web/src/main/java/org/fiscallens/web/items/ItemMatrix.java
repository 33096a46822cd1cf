package org.fiscallens.web.items;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiscallens.web.warehouse.Row;

/**
 * One item's amounts laid out for comparison: a row per department, a column per fiscal year and kind (the budget
 * before the final account of a year), a cell per document that reports the item ({@code sql/items/cells.sql}
 * rows of one statement). A department with no document in a column has no cell there: the page shows a dash,
 * never a zero.
 *
 * @param columns the (year, kind) columns, oldest year first
 * @param rows    one per department, in the order of the given department ids
 */
public record ItemMatrix(List<Column> columns, List<DepartmentRow> rows) {
    /** A fiscal year and a document kind ({@code budget} or {@code final}). */
    public record Column(int fiscalYear, String docKind) {
        String key() {
            return fiscalYear + ":" + docKind;
        }
    }

    /** A department's cells, keyed by {@link Column#key()} (the warehouse rows as they are). */
    public record DepartmentRow(String departmentId, Map<String, Row> cells) {
        /** The cell of {@code column}, or null. */
        public Row cell(Column column) {
            return cells.get(column.key());
        }
    }

    /** The departments of {@code pager}'s page, with every column kept (so pages line up). */
    public ItemMatrix page(org.fiscallens.web.page.Pager pager) {
        return new ItemMatrix(columns, pager.slice(rows));
    }

    /** The ids of the departments in this matrix. */
    public java.util.Set<String> departments() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        rows.forEach(r -> ids.add(r.departmentId()));
        return ids;
    }

    private static final Comparator<Column> ORDER = Comparator.comparingInt(Column::fiscalYear)
            .thenComparing(c -> "budget".equals(c.docKind()) ? 0 : 1);

    /** Lays out {@code cells} (rows of one statement); {@code departmentOrder} gives the row order. */
    public static ItemMatrix of(List<Row> cells, List<String> departmentOrder) {
        TreeSet<Column> columns = new TreeSet<>(ORDER);
        Map<String, Map<String, Row>> byDepartment = new LinkedHashMap<>();
        for (Row r : cells) {
            Column c = new Column(r.integer("fiscal_year"), r.text("doc_kind"));
            columns.add(c);
            byDepartment.computeIfAbsent(r.text("department_id"), k -> new LinkedHashMap<>()).putIfAbsent(c.key(), r);
        }
        List<DepartmentRow> rows = new ArrayList<>();
        for (String id : departmentOrder) {
            Map<String, Row> own = byDepartment.remove(id);
            if (own != null) {
                rows.add(new DepartmentRow(id, own));
            }
        }
        byDepartment.forEach((id, own) -> rows.add(new DepartmentRow(id, own))); // not in the directory: last
        return new ItemMatrix(List.copyOf(columns), List.copyOf(rows));
    }
}
