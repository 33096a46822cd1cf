package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides for every table kind a document must publish (and every kind it lists or prints) whether it is
 * {@code present}, {@code declared_empty} (a 本表无数据 note, a 目录 marking 是否空表=是, or a sentence saying the
 * table 为空表) or {@code missing}. A table listed as not empty in the document's own 目录 but not printed is
 * missing and reported.
 */
final class TableStatuses {
    private TableStatuses() {
    }

    /** A sentence of the prose declaring a table empty. */
    record ProseDeclaration(String title, String reason, int line) {
    }

    static List<TableStatus> decide(SourceDocument doc, String docKind, TableLayouts layouts,
                                    List<TableInstance> tables, List<TableListReader.Entry> listed,
                                    List<ProseDeclaration> prose, List<ParseIssue> issues) {
        Map<String, TableStatus> byKind = new LinkedHashMap<>();
        for (TableInstance t : tables) {
            String reader = t.descriptor.reader();
            if (reader.equals("toc") || byKind.containsKey(t.descriptor.tableKind())) {
                continue;
            }
            boolean empty = t.declaredEmpty != null && t.rowCount() == 0;
            byKind.put(t.descriptor.tableKind(), new TableStatus(doc.docId(), t.descriptor.tableKind(), t.tableCode,
                    t.title, empty ? "declared_empty" : "present", empty && !t.declaredEmpty.isEmpty()
                    ? t.declaredEmpty : null, t.titleLine, t.rowCount()));
        }
        for (TableListReader.Entry e : listed) {
            Optional<TableDescriptor> d = layouts.byTitle(TitleText.titleKey(e.title()), docKind);
            if (d.isEmpty()) {
                continue;
            }
            String kind = d.get().tableKind();
            TableStatus have = byKind.get(kind);
            if (e.declaredEmpty()) {
                byKind.put(kind, new TableStatus(doc.docId(), kind, e.tableCode(), e.title(), "declared_empty",
                        e.reason(), have != null ? have.titleLine() : e.line(), have != null ? have.rowCount() : 0));
            } else if (have == null) {
                byKind.put(kind, new TableStatus(doc.docId(), kind, e.tableCode(), e.title(), "missing", null, 0, 0));
                issues.add(new ParseIssue(doc.path(), doc.docId(), e.line(), d.get().key(), "listed_table_missing",
                        "warning", "the document's 目录 lists " + e.tableCode() + " " + e.title()
                        + " as not empty, but the table is not in the document",
                        "文件目录列有 " + e.tableCode() + " " + e.title() + "（未注明为空表），但文件中没有此表",
                        doc.line(e.line())));
            }
        }
        for (ProseDeclaration p : prose) {
            Optional<TableDescriptor> d = layouts.byTitle(TitleText.titleKey(p.title()), docKind);
            if (d.isPresent() && !byKind.containsKey(d.get().tableKind())) {
                byKind.put(d.get().tableKind(), new TableStatus(doc.docId(), d.get().tableKind(), null, p.title(),
                        "declared_empty", p.reason(), p.line(), 0));
            }
        }
        List<TableStatus> out = new ArrayList<>();
        for (TableDescriptor d : layouts.descriptors()) {
            if (docKind == null || !d.mandatedFor().contains(docKind)) {
                continue;
            }
            TableStatus s = byKind.remove(d.tableKind());
            if (s == null && out.stream().noneMatch(x -> x.tableKind().equals(d.tableKind()))) {
                s = new TableStatus(doc.docId(), d.tableKind(), null, d.titleZh(), "missing", null, 0, 0);
            }
            if (s != null) {
                out.add(s);
            }
        }
        out.addAll(byKind.values());
        return out;
    }
}
