package org.fiscallens.jobs.parse;

import org.fiscallens.ingest.source.DecodedDocument;
import org.fiscallens.ingest.source.DocumentDecoder;
import org.fiscallens.ingest.source.UnreadableDocumentException;

import java.util.List;

/**
 * A document's lines as the source viewer shows them (table {@code document_lines}), decoded by ingest's
 * {@link DocumentDecoder} so line numbers are exactly the parser's. An unreadable document has no lines
 * (its {@code unreadable_document} issue says why).
 */
public record DocumentText(String docId, String encoding, List<String> lines) {
    private static final DocumentDecoder DECODER = DocumentDecoder.standard();

    public static DocumentText decode(String path, byte[] bytes) {
        try {
            DecodedDocument decoded = DECODER.decode(path, bytes);
            return new DocumentText(decoded.document().docId(), decoded.document().encoding(), decoded.document().lines());
        } catch (UnreadableDocumentException e) {
            return new DocumentText(DocumentDecoder.docId(bytes), null, List.of());
        }
    }
}
