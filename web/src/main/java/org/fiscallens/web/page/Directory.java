package org.fiscallens.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.chart.DepartmentColors;
import org.fiscallens.web.http.HttpError;
import org.fiscallens.web.warehouse.Row;
import org.fiscallens.web.warehouse.Warehouse;

/**
 * The departments and documents the warehouse holds, re-read when a new warehouse is published. Looks ids up
 * for handlers (unknown → {@link HttpError.NotFound}) and assigns each department its colour.
 */
public final class Directory {
    private final Warehouse warehouse;
    private final DepartmentColors colors;
    private volatile Snapshot snapshot;
    private volatile Map<org.fiscallens.web.i18n.Lang, Map<String, String>> reasonLabels = Map.of();

    public Directory(Warehouse warehouse, DepartmentColors colors) {
        this.warehouse = warehouse;
        this.colors = colors;
        refresh();
    }

    public void refresh() {
        Map<String, Row> departments = new LinkedHashMap<>();
        for (Row r : warehouse.query("directory/departments")) {
            departments.put(r.text("department_id"), r);
        }
        Map<String, Row> documents = new LinkedHashMap<>();
        for (Row r : warehouse.query("directory/documents")) {
            documents.put(r.text("doc_id"), r);
        }
        Map<String, String> zh = new java.util.HashMap<>();
        Map<String, String> en = new java.util.HashMap<>();
        try {
            for (Row r : warehouse.query("directory/reason_kinds")) {
                zh.put(r.text("tag"), r.text("label_zh"));
                en.put(r.text("tag"), r.text("label_en"));
            }
        } catch (org.fiscallens.web.warehouse.WarehouseUnavailable e) {
            // an older warehouse without reason_kinds: tags show as keys
        }
        reasonLabels = Map.of(org.fiscallens.web.i18n.Lang.ZH, Map.copyOf(zh), org.fiscallens.web.i18n.Lang.EN, Map.copyOf(en));
        colors.assign(List.copyOf(departments.keySet()));
        departments.forEach((id, r) -> r.put("color", colors.hex(id)));
        snapshot = new Snapshot(departments, documents);
    }

    /** Departments in id order: department_id, department_name, region, first_year, last_year, documents, color. */
    public List<Row> departments() {
        return List.copyOf(snapshot.departments.values());
    }

    public List<Row> documents() {
        return List.copyOf(snapshot.documents.values());
    }

    /** @throws HttpError.NotFound for an id the warehouse does not hold */
    public Row department(String id) {
        Row r = snapshot.departments.get(id);
        if (r == null) {
            throw new HttpError.NotFound("unknown department: " + id, "没有找到部门：" + id);
        }
        return r;
    }

    /** @throws HttpError.NotFound for a doc_id that was not ingested */
    public Row document(String docId) {
        Row r = snapshot.documents.get(docId);
        if (r == null) {
            throw new HttpError.NotFound("unknown document: " + docId, "没有找到文档：" + docId);
        }
        return r;
    }

    /** The document with {@code docId}, or null when the warehouse does not hold it. */
    public Row find(String docId) {
        return snapshot.documents.get(docId);
    }

    public String name(String departmentId) {
        Row r = snapshot.departments.get(departmentId);
        return r == null ? departmentId : r.text("department_name");
    }

    /** Labels of the reason tags (主要原因 kinds) in the page language; empty for a warehouse without them. */
    public Map<String, String> reasonLabels(org.fiscallens.web.i18n.Lang lang) {
        return reasonLabels.getOrDefault(lang, Map.of());
    }

    public DepartmentColors colors() {
        return colors;
    }

    private record Snapshot(Map<String, Row> departments, Map<String, Row> documents) {
    }
}
