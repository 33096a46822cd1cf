package org.fiscallens.jobs.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A document's raw bytes as the lines the source viewer shows (表 {@code document_lines}): UTF-8 when the
 * bytes are valid UTF-8 (a BOM is dropped), else GB18030. Line numbers match the parser's 1-based lines.
 */
public record DocumentText(String docId, String encoding, List<String> lines) {
    private static final Charset GB18030 = Charset.forName("GB18030");

    public static DocumentText decode(byte[] bytes) {
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            encoding = "GB18030";
            text = new String(bytes, GB18030);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new DocumentText(docId(bytes), encoding, text.lines().toList());
    }

    /** The document id rule shared with ingest: first 16 hex digits of the SHA-256 of the raw bytes. */
    public static String docId(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
