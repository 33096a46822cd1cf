package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

/** Reads project performance self-evaluations (项目支出绩效自评) in every layout it knows. Thread-safe. */
public final class PerformanceExtractor {
    public static PerformanceExtractor standard() {
        return new PerformanceExtractor();
    }

    public Extraction<PerformanceProject> extract(SourceDocument doc, DocumentInfo info) {
        return Extraction.empty();
    }
}
