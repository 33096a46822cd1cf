package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.nio.charset.Charset;
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
 * {@code digits_normalised}. An HTML page is read as the text it shows, HTML tables inside other text as tab-separated
 * rows ({@link HtmlReading}: {@code html_page_read}, {@code html_tables_read}); Markdown pipe tables as tab-separated
 * rows too ({@link MarkdownTables}), reported once as {@code markdown_tables_read}, and a spreadsheet's sheets saved
 * as CSV ({@link CsvTables}), reported once as {@code csv_tables_read}. An Excel workbook ({@code .xlsx}, {@code .xls})
 * is read as the text of its sheets ({@link Workbooks}, {@code workbook_read}), a Word document ({@code .docx},
 * {@code .doc}) as the text it shows ({@link WordDocuments}, {@link Word97Documents}, {@code word_document_read});
 * their {@code encoding} is {@code xlsx}, {@code xls}, {@code docx} or {@code doc}. Thread-safe.
 */
public final class DocumentDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
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
        Workbooks.Text book = Workbooks.read(path, docId, bytes, issues);
        if (book != null) { // a workbook ends on its last row: no sign of a cut
            return new DecodedDocument(new SourceDocument(path, docId, book.format(), book.lines()), issues, true);
        }
        List<String> word = WordDocuments.read(path, docId, bytes, issues);
        String wordFormat = "docx";
        if (word == null) {
            word = Word97Documents.read(path, docId, bytes, issues);
            wordFormat = "doc";
        }
        if (word != null) { // then read as the text it shows: full-width digits, tables in its paragraphs, …
            DecodedDocument d = finish(path, docId, String.join("\n", word), StandardCharsets.UTF_8, issues);
            SourceDocument text = d.document();
            return new DecodedDocument(new SourceDocument(path, docId, wordFormat, text.lines()), d.issues(),
                    d.endsOnSpreadsheetRow());
        }
        List<String> pdf = PdfDocuments.read(path, docId, bytes, issues);
        if (pdf != null) { // then read as the text it shows, as a Word document is
            DecodedDocument d = finish(path, docId, String.join("\n", pdf), StandardCharsets.UTF_8, issues);
            return new DecodedDocument(new SourceDocument(path, docId, "pdf", d.document().lines()), d.issues(),
                    d.endsOnSpreadsheetRow());
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
                PlausibleText.rejectBinary(path, bytes);
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
            text = StrictDecoding.decode(path, bytes, offset, charset, issues, docId);
            if (text == null) {
                throw new UnreadableDocumentException(path, "has a " + charset.name()
                        + " byte-order mark but its bytes are not valid " + charset.name(),
                        "有 " + charset.name() + " 字节顺序标记，但内容不是有效的 " + charset.name());
            }
        } else {
            text = StrictDecoding.decode(path, bytes, 0, StandardCharsets.UTF_8, issues, docId);
            charset = StandardCharsets.UTF_8;
            if (text == null) {
                String utf8Error = StrictDecoding.firstError(bytes, StandardCharsets.UTF_8);
                text = StrictDecoding.decode(path, bytes, 0, GB18030, issues, docId);
                charset = GB18030;
                if (text == null) {
                    String gbError = StrictDecoding.firstError(bytes, GB18030);
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
        List<String> lines;
        TextProfile profile;
        if (HtmlText.isPage(text)) {
            lines = HtmlReading.page(path, docId, text, issues);
            profile = PlausibleText.check(path, String.join("\n", lines), charset);
        } else {
            profile = PlausibleText.check(path, text, charset);
            lines = HtmlReading.lines(path, docId, splitLines(text), issues);
        }
        LinesRewritten digits = profile.fullWidthDigits() == 0 ? new LinesRewritten(0, 0)
                : FullWidthDigits.normalise(lines);
        if (digits.lines() > 0) {
            issues.add(new ParseIssue(path, docId, digits.firstLine(), null, "digits_normalised", "info",
                    "full-width digits (０–９) on " + digits.lines() + " line(s), the first at line " + digits.firstLine()
                            + ", read as ASCII digits (７１９．６８ as 719.68); the stored lines show them so",
                    "有 " + digits.lines() + " 行含全角数字（０–９），首见于第 " + digits.firstLine()
                            + " 行，已按半角数字读取（７１９．６８ 读作 719.68），保存的原文行亦为半角", null));
        }
        LinesRewritten tables = MarkdownTables.normalise(lines);
        if (tables.lines() > 0) {
            issues.add(new ParseIssue(path, docId, tables.firstLine(), null, "markdown_tables_read", "info",
                    tables.lines() + " line(s) of Markdown pipe tables (| … |), the first at line " + tables.firstLine()
                            + ", read as table rows: their cells are stored separated by tabs, the |---| rows as empty cells",
                    "有 " + tables.lines() + " 行 Markdown 竖线表格（| … |），首见于第 " + tables.firstLine()
                            + " 行，已按表格行读取：保存的原文行以制表符分隔单元格，|---| 分隔行存为空单元格", null));
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        String lastLine = last >= 0 ? lines.get(last) : null;
        LinesRewritten csv = CsvTables.normalise(lines);
        boolean endsOnSpreadsheetRow = lastLine != null && !lastLine.equals(lines.get(last));
        if (csv.lines() > 0) {
            issues.add(new ParseIssue(path, docId, csv.firstLine(), null, "csv_tables_read", "info",
                    csv.lines() + " line(s) of comma-separated table rows (a spreadsheet sheet saved as CSV), the first at line "
                            + csv.firstLine() + ", read as table rows: their cells are stored separated by tabs, a cell's"
                            + " line breaks dropped (its row on its first line, the lines after it left empty)",
                    "有 " + csv.lines() + " 行逗号分隔的表格行（电子表格另存为 CSV），首见于第 " + csv.firstLine()
                            + " 行，已按表格行读取：保存的原文行以制表符分隔单元格，单元格内换行已去掉（该行存于其首行，其后各行留空）",
                    null));
        }
        return new DecodedDocument(new SourceDocument(path, docId, charset.name(), lines), issues, endsOnSpreadsheetRow);
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
        String text = StrictDecoding.decode(path, bytes, 0, cs, issues, docId);
        if (text == null || TextProfile.of(text).ideographs() < PlausibleText.MIN_IDEOGRAPHS) {
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

    /** Whether {@code part} occurs in {@code bytes} (a zip's or an OLE2 file's entry name). */
    static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (bytes[i + k] != part[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
