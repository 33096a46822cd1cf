package org.fiscallens.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Whether bytes, and then their decoding, are plausibly a Chinese text document: not binary, not mojibake, not
 * destroyed by an earlier decoding, holding Chinese, and (for GB18030) mostly common characters. Each refusal is an
 * {@link UnreadableDocumentException} saying what was found.
 */
final class PlausibleText {
    private static final Charset GB2312 = Charset.forName("GB2312");
    /** A disclosure has at least this many Chinese characters. */
    static final int MIN_IDEOGRAPHS = 10;
    /** Share of control characters above which the data is binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** Share of U+FFFD above which the text was already destroyed by an earlier decoding. */
    private static final double MAX_REPLACEMENT_SHARE = 0.05;
    /** GB18030 text that is really Chinese keeps most ideographs inside GB2312. */
    private static final double MIN_GB2312_SHARE = 0.80;

    private PlausibleText() {
    }

    /** Rejects bytes with too many control or NUL bytes for a text file (UTF-16 without a mark is tried after). */
    static void rejectBinary(String path, byte[] bytes) throws UnreadableDocumentException {
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

    /** The text's profile, once it is plausibly a Chinese text document; else the exception says why not. */
    static TextProfile check(String path, String text, Charset charset) throws UnreadableDocumentException {
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
        if (charset.equals(DocumentDecoder.GB18030)) {
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
}
