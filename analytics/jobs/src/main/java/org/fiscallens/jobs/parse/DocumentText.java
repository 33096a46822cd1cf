package org.fiscallens.jobs.parse;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.source.DecodedDocument;
import org.fiscallens.ingest.source.DocumentDecoder;
import org.fiscallens.ingest.source.UnreadableDocumentException;

import java.util.List;

/**
 * A document's lines as the source viewer shows them (table {@code document_lines}), decoded once by ingest's
 * {@link DocumentDecoder} and parsed from that same decoding, so line numbers are exactly the parser's. An
 * unreadable document has no lines (its {@code unreadable_document} issue says why).
 *
 * @param docId   the document id (content hash), also for an unreadable document
 * @param decoded the decoding, or null when the bytes could not be decoded
 */
public record DocumentText(String docId, DecodedDocument decoded) {
    private static final DocumentDecoder DECODER = DocumentDecoder.standard();

    public static DocumentText decode(String path, byte[] bytes) {
        try {
            DecodedDocument decoded = DECODER.decode(path, bytes);
            return new DocumentText(decoded.document().docId(), decoded);
        } catch (UnreadableDocumentException e) {
            return new DocumentText(DocumentDecoder.docId(bytes), null);
        }
    }

    /** The decoded lines; empty for an unreadable document. */
    public List<String> lines() {
        return decoded == null ? List.of() : decoded.document().lines();
    }

    /** The encoding the decoder read, or null for an unreadable document. */
    public String encoding() {
        return decoded == null ? null : decoded.document().encoding();
    }

    /** The document's records: parsed from this decoding, or (unreadable) from the bytes, which reports why. */
    public ParsedDisclosure parse(DisclosureParser parser, String path, byte[] bytes) {
        return decoded != null ? parser.parse(path, decoded) : parser.parse(path, bytes);
    }
}
