package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.util.List;

/**
 * A document decoded to lines, with what the decoder noticed on the way (a BOM, a GB18030 file,
 * a file cut off in the middle of a character).
 *
 * @param document the decoded text
 * @param issues   warnings about the decoding; never null
 */
public record DecodedDocument(SourceDocument document, List<ParseIssue> issues) {
    public DecodedDocument {
        issues = List.copyOf(issues);
    }
}
