package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

/**
 * A file whose bytes are exactly those of another file of the same run (重复文件): the same document, so the
 * same {@link DocumentDecoder#docId doc id}. It is read once, under the first path in sorted order, and each
 * other copy is reported by an issue of kind {@value #KIND} (severity warning) instead of being read again,
 * which would count every figure twice.
 */
public final class DuplicateDocument {
    /** The issue kind of a copy read once. */
    public static final String KIND = "duplicate_document";

    private DuplicateDocument() {
    }

    /**
     * The issue for {@code copy}, whose bytes are those of {@code kept} (document {@code docId}); {@code file} is
     * the copy, the line 0 (the whole file).
     */
    public static ParseIssue issue(String copy, String kept, String docId) {
        return new ParseIssue(copy, docId, 0, null, KIND, "warning",
                copy + ": byte for byte the same file as " + kept + " (document " + docId + "); read once, as " + kept,
                copy + "：与 " + kept + " 逐字节相同（文件 " + docId + "），只读取一次，记在 " + kept + " 名下", null);
    }
}
