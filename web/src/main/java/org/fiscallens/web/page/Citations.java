package org.fiscallens.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.warehouse.Row;

/**
 * The documents one rendered page cites (来源文件): every figure or line linked to a document registers it here,
 * numbered 1, 2, … in the order first cited. The layout lists them at the end of the page for print, so a printed
 * table keeps each number's source (document and line) on paper. One instance per render; not thread-safe.
 */
public final class Citations {
    private final Directory directory;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public Citations(Directory directory) {
        this.directory = directory;
    }

    /** Registers {@code docId} (null: nothing) and returns its number, or 0 for null. */
    public int cite(Object docId) {
        if (docId == null) {
            return 0;
        }
        return numbers.computeIfAbsent(docId.toString(), id -> numbers.size() + 1);
    }

    /**
     * The cited documents in citation order: {@code n}, {@code doc_id} and, for a document the warehouse holds,
     * {@code department_name}, {@code fiscal_year}, {@code doc_kind}, {@code file_name}.
     */
    public List<Row> documents() {
        List<Row> out = new ArrayList<>(numbers.size());
        numbers.forEach((id, n) -> {
            Row d = directory.find(id);
            Row r = new Row().with("n", n).with("doc_id", id);
            if (d != null) {
                r.with("department_name", d.get("department_name")).with("fiscal_year", d.get("fiscal_year"))
                        .with("doc_kind", d.get("doc_kind")).with("file_name", d.get("file_name"));
            }
            out.add(r);
        });
        return out;
    }
}
