package org.fiscallens.ingest.source;

import java.util.List;

/**
 * A disclosure document's text as decoded lines, the unit every extractor works on.
 *
 * @param path     where the text came from, as given (used in issues and provenance)
 * @param docId    stable id: the first 16 hex digits of the SHA-256 of the raw bytes
 * @param encoding the charset the bytes were decoded with (UTF-8, GB18030)
 * @param lines    the lines without terminators; {@code line(n)} is 1-based
 */
public record SourceDocument(String path, String docId, String encoding, List<String> lines) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }

    /** The 1-based line {@code n}; throws IndexOutOfBoundsException outside 1..lineCount. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public int lineCount() {
        return lines.size();
    }
}
