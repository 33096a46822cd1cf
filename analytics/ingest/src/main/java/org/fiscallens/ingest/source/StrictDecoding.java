package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decoding that accepts only bytes valid in the charset (no replacement characters slipped in). */
final class StrictDecoding {
    private StrictDecoding() {
    }

    /**
     * {@code bytes} from {@code offset} decoded as {@code charset}, or null where they are not valid in it. Bytes cut
     * off inside a last character decode up to the cut, reported in {@code issues} as {@code truncated_document}.
     */
    static String decode(String path, byte[] bytes, int offset, Charset charset, List<ParseIssue> issues,
                         String docId) {
        if (charset == StandardCharsets.UTF_8) {
            // the usual case, without the strict decoder's buffers: String decoding replaces every malformed
            // sequence with U+FFFD, so text without one was valid UTF-8. Text with one (malformed, cut off, or a
            // U+FFFD written in the file) goes through the strict decoder, which tells these apart.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int rest = bytes.length - at;
            if (rest < 4 && at + result.length() >= bytes.length && looksLikeLeadBytes(bytes, at, charset)) {
                out.flip();
                String text = out.toString();
                issues.add(new ParseIssue(path, docId, text.split("\r\n|\r|\n", -1).length, null,
                        "truncated_document", "error", "the file ends in the middle of a " + charset.name()
                        + " character (byte offset " + at + " of " + bytes.length
                        + "): the document was cut off; everything after this point is missing",
                        "文件在一个 " + charset.name() + " 字符中间结束（共 " + bytes.length + " 字节，偏移 " + at
                                + "）：文件被截断，此后内容全部缺失", null));
                return text;
            }
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static boolean looksLikeLeadBytes(byte[] bytes, int at, Charset charset) {
        int b = bytes[at] & 0xFF;
        if (charset == StandardCharsets.UTF_8) {
            return b >= 0xC2 && b <= 0xF4;
        }
        return b >= 0x81 && b <= 0xFE;
    }

    /** Where {@code bytes} first fail to decode as {@code charset} (offset and line), or {@code valid}. */
    static String firstError(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return "valid";
        }
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return String.format("invalid byte 0x%02X at offset %d, line %d", bytes[at] & 0xFF, at, line);
    }
}
