package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the raw bytes of a disclosure file into lines (读取与解码).
 *
 * <p>Order of decisions: a byte-order mark wins (UTF-8, UTF-16LE/BE, GB18030); then UTF-16 without a mark, told
 * by NUL bytes on one parity of offset only (reported as {@code encoding_detected}); otherwise the bytes must be
 * valid UTF-8, else valid GB18030 (which covers GBK and GB2312). Line ends may be LF, CRLF or CR.
 * A file cut off inside a multi-byte character is decoded up to the cut and reported as
 * {@code truncated_document}. Binary data, text that is neither UTF-8 nor GB18030, and text without
 * Chinese (including UTF-8 that was once read as Latin-1, "æ–°ä¹¡") raise {@link UnreadableDocumentException}
 * naming what was found. Full-width digits are read as ASCII digits ({@link FullWidthDigits}), reported once as
 * {@code digits_normalised}. Thread-safe.
 */
public final class DocumentDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    /** A disclosure has at least this many Chinese characters. */
    private static final int MIN_IDEOGRAPHS = 10;
    /** Share of control characters above which the data is binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of U+FFFD above which the text was already destroyed by an earlier decoding. */
    private static final double MAX_REPLACEMENT_SHARE = 0.05;
    /** GB18030 text that is really Chinese keeps most ideographs inside GB2312. */
    private static final double MIN_GB2312_SHARE = 0.80;

    public static DocumentDecoder standard() {
        return new DocumentDecoder();
    }

    /** Decodes {@code bytes} read from {@code path}; never returns null. */
    public DecodedDocument decode(String path, byte[] bytes) throws UnreadableDocumentException {
        String docId = docId(bytes);
        List<ParseIssue> issues = new ArrayList<>();
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(path, "empty file (0 bytes)", "空文件（0 字节）");
        }
        OfficeFormats.reject(path, bytes);
        Charset charset;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
            charset = GB18030;
            offset = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else {
            charset = null;
        }
        if (charset == null) {
            try {
                rejectBinary(path, bytes);
            } catch (UnreadableDocumentException binary) {
                DecodedDocument utf16 = utf16WithoutMark(path, bytes, docId, issues);
                if (utf16 == null) {
                    throw binary;
                }
                return utf16;
            }
        }
        String text;
        if (charset != null) {
            text = decodeStrict(path, bytes, offset, charset, issues, docId);
            if (text == null) {
                throw new UnreadableDocumentException(path, "has a " + charset.name()
                        + " byte-order mark but its bytes are not valid " + charset.name(),
                        "有 " + charset.name() + " 字节顺序标记，但内容不是有效的 " + charset.name());
            }
        } else {
            text = decodeStrict(path, bytes, 0, StandardCharsets.UTF_8, issues, docId);
            charset = StandardCharsets.UTF_8;
            if (text == null) {
                String utf8Error = firstError(bytes, StandardCharsets.UTF_8);
                text = decodeStrict(path, bytes, 0, GB18030, issues, docId);
                charset = GB18030;
                if (text == null) {
                    String gbError = firstError(bytes, GB18030);
                    throw new UnreadableDocumentException(path, "neither UTF-8 (" + utf8Error
                            + ") nor GB18030/GBK (" + gbError + "): unknown encoding or not a text file",
                            "既不是 UTF-8（" + utf8Error + "）也不是 GB18030/GBK（" + gbError + "）：编码未知或不是文本文件");
                }
                issues.add(new ParseIssue(path, docId, 0, null, "encoding_detected", "info",
                        "not valid UTF-8 (" + utf8Error + "); decoded as GB18030 (GBK-compatible)",
                        "不是有效的 UTF-8（" + utf8Error + "），已按 GB18030（兼容 GBK）解码", null));
            }
        }
        return finish(path, docId, text, charset, issues);
    }

    private static DecodedDocument finish(String path, String docId, String text, Charset charset, List<ParseIssue> issues)
            throws UnreadableDocumentException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        TextProfile profile = checkPlausible(path, text, charset);
        List<String> lines = splitLines(text);
        FullWidthDigits.Change digits = profile.fullWidthDigits() == 0 ? new FullWidthDigits.Change(0, 0)
                : FullWidthDigits.normalise(lines);
        if (digits.lines() > 0) {
            issues.add(new ParseIssue(path, docId, digits.firstLine(), null, "digits_normalised", "info",
                    "full-width digits (０–９) on " + digits.lines() + " line(s), the first at line " + digits.firstLine()
                            + ", read as ASCII digits (７１９．６８ as 719.68); the stored lines show them so",
                    "有 " + digits.lines() + " 行含全角数字（０–９），首见于第 " + digits.firstLine()
                            + " 行，已按半角数字读取（７１９．６８ 读作 719.68），保存的原文行亦为半角", null));
        }
        return new DecodedDocument(new SourceDocument(path, docId, charset.name(), lines), issues);
    }

    /**
     * Bytes that look binary may be UTF-16 written without a byte-order mark (as {@code iconv -t UTF-16LE} does):
     * NUL bytes in the pattern {@link Utf16Nuls} looks for, that decode strictly to Chinese text. Returns that
     * decoding, reported as {@code encoding_detected}, or null.
     */
    private static DecodedDocument utf16WithoutMark(String path, byte[] bytes, String docId, List<ParseIssue> issues)
            throws UnreadableDocumentException {
        Charset cs = Utf16Nuls.byteOrder(bytes);
        if (cs == null) {
            return null;
        }
        String text = decodeStrict(path, bytes, 0, cs, issues, docId);
        if (text == null || TextProfile.of(text).ideographs() < MIN_IDEOGRAPHS) {
            return null;
        }
        boolean le = cs == StandardCharsets.UTF_16LE;
        issues.add(new ParseIssue(path, docId, 0, null, "encoding_detected", "info",
                "no byte-order mark, but the NUL bytes sit at " + (le ? "odd" : "even")
                        + " offsets (ASCII characters' high bytes) and the bytes are valid " + cs.name()
                        + ": decoded as " + cs.name(),
                "没有字节顺序标记，但 NUL 字节几乎都在" + (le ? "奇数" : "偶数")
                        + "偏移处（ASCII 字符的高位字节）且内容是有效的 " + cs.name() + "：已按 " + cs.name() + " 解码", null));
        return finish(path, docId, text, cs, issues);
    }

    /** The stable document id: first 16 hex digits of SHA-256 of the raw bytes. */
    public static String docId(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Splits on LF, CRLF or CR; a final line terminator does not open an empty last line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // the next LF and the next CR, each found with indexOf (vectorised) and looked for again once passed
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            lines.add(text.substring(start, i));
            if (i == cr && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static void rejectBinary(String path, byte[] bytes) throws UnreadableDocumentException {
        int nul = 0;
        int first = -1;
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c < 0x20 || c == 0x7F) { // one pass: NUL bytes and control bytes
                if (c == 0) {
                    nul++;
                    if (first < 0) {
                        first = i;
                    }
                }
                if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    controls++;
                }
            }
        }
        if ((double) controls / bytes.length > 2 * MAX_CONTROL_SHARE) {
            throw new UnreadableDocumentException(path, "binary data, not a text document: " + controls
                    + " control bytes in " + bytes.length + " (" + nul + " NUL)",
                    "二进制数据，不是文本文件：" + bytes.length + " 字节中有 " + controls + " 个控制字节（" + nul + " 个 NUL）");
        }
        if (nul > 0 && (nul > 16 || (double) nul / bytes.length > MAX_CONTROL_SHARE)) {
            throw new UnreadableDocumentException(path, "binary data, not a text document: " + nul
                    + " NUL bytes in " + bytes.length + " (first at byte offset " + first
                    + "), not the pattern of UTF-16 text",
                    "二进制数据，不是文本文件：" + bytes.length + " 字节中有 " + nul + " 个 NUL 字节（第一个在偏移 " + first
                            + " 处），不是 UTF-16 文本的样子");
        }
    }

    private static String decodeStrict(String path, byte[] bytes, int offset, Charset charset,
                                       List<ParseIssue> issues, String docId) {
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

    private static String firstError(byte[] bytes, Charset charset) {
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

    /** The text's profile, once it is plausibly a Chinese text document; else the exception says why not. */
    private static TextProfile checkPlausible(String path, String text, Charset charset) throws UnreadableDocumentException {
        TextProfile p = TextProfile.of(text);
        if (p.mojibakeMarkers() >= 5 && p.mojibakeMarkers() * 2 > p.ideographs()) {
            throw new UnreadableDocumentException(path, "wrong encoding: " + p.mojibakeMarkers()
                    + " sequences such as 'æ–°ä¹¡' show UTF-8 text that was read as Latin-1/Windows-1252 and saved again;"
                    + " only " + p.ideographs() + " Chinese characters",
                    "编码错误：" + p.mojibakeMarkers() + " 处类似 'æ–°ä¹¡' 的乱码说明 UTF-8 文本曾被当作 Latin-1/Windows-1252"
                            + " 读取后另存；只有 " + p.ideographs() + " 个汉字");
        }
        if (p.share(p.controls()) > MAX_CONTROL_SHARE) {
            throw new UnreadableDocumentException(path, "binary data, not a text document: " + p.controls()
                    + " control characters in " + p.chars() + " decoded as " + charset.name(),
                    "二进制数据，不是文本文件：按 " + charset.name() + " 解码的 " + p.chars() + " 个字符中有 " + p.controls()
                            + " 个控制字符");
        }
        if (p.share(p.replacements()) > MAX_REPLACEMENT_SHARE) {
            throw new UnreadableDocumentException(path, p.replacements() + " of " + p.chars()
                    + " characters are U+FFFD replacement marks: the text was destroyed by an earlier wrong decoding",
                    p.chars() + " 个字符中有 " + p.replacements() + " 个 U+FFFD 替换符：文本已被先前的错误解码损坏");
        }
        if (p.ideographs() < MIN_IDEOGRAPHS) {
            throw new UnreadableDocumentException(path, "no Chinese text (" + p.ideographs() + " Chinese characters in "
                    + p.chars() + " decoded as " + charset.name() + "): not a disclosure, or in an encoding we do not read",
                    "没有中文文本（按 " + charset.name() + " 解码的 " + p.chars() + " 个字符中只有 " + p.ideographs()
                            + " 个汉字）：不是预决算公开文件，或编码无法读取");
        }
        if (charset.equals(GB18030)) {
            CharsetEncoder gb2312 = GB2312.newEncoder();
            int common = 0;
            int han = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                    if (Character.charCount(cp) == 1 && gb2312.canEncode((char) cp)) {
                        common++;
                    }
                }
            }
            if (han > 0 && (double) common / han < MIN_GB2312_SHARE) {
                throw new UnreadableDocumentException(path, String.format(
                        "wrong encoding: decodes as GB18030 but only %d of %d Chinese characters are common ones"
                                + " (likely Big5, Shift_JIS or binary data)", common, han),
                        "编码错误：可按 GB18030 解码，但 " + han + " 个汉字中只有 " + common + " 个是常用字（可能是 Big5、Shift_JIS 或二进制数据）");
            }
        }
        return p;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
