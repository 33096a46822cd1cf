package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

/** Parse issues of 绩效自评 tables, their layout named {@code performance.<layout>} ({@code performance.table.ocr}). */
final class PerformanceIssues {
    private PerformanceIssues() {
    }

    static ParseIssue issue(SourceDocument doc, int line, String layout, String kind, String severity,
                            String message, String messageZh, String raw) {
        return new ParseIssue(doc.path(), doc.docId(), line, "performance." + layout, kind, severity, message, messageZh,
                raw);
    }
}
