package org.fiscallens.web.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fiscallens.web.warehouse.Row;

/**
 * The documents one rendered page cites (来源文件): every figure or line linked to a document registers it here,
 * in the order first cited, which numbers them 1, 2, …. The layout lists them at the end of the page for print, so a printed
 * table keeps each number's source (document and line) on paper. One instance per render; not thread-safe.
 */
public final class Citations {
    private final Directory directory;
    private final Set<String> cited = new LinkedHashSet<>();

    public Citations(Directory directory) {
        this.directory = directory;
    }

    /** Registers {@code docId} (null: nothing); a document already cited keeps its place. */
    public void cite(Object docId) {
        if (docId != null) {
            cited.add(docId.toString());
        }
    }

    /**
     * The cited documents in citation order (the list's numbering): {@code doc_id} and, for a document the
     * warehouse holds, {@code department_name}, {@code fiscal_year}, {@code doc_kind}, {@code file_name}.
     */
    public List<Row> documents() {
        List<Row> out = new ArrayList<>(cited.size());
        cited.forEach(id -> {
            Row d = directory.find(id);
            Row r = new Row().with("doc_id", id);
            if (d != null) {
                r.with("department_name", d.get("department_name")).with("fiscal_year", d.get("fiscal_year"))
                        .with("doc_kind", d.get("doc_kind")).with("file_name", d.get("file_name"));
            }
            out.add(r);
        });
        return out;
    }
}
