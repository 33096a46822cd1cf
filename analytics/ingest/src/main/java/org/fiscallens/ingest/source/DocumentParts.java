package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A disclosure published as several files (分册公开) — typically its 说明 as a Word document and its 公开表 as a
 * workbook — read as one document: the parts' lines one after another, in the order given, so that the tables and
 * the prose that states, explains and checks their figures are parsed together, as they would be in one PDF.
 *
 * <p>Every line of the whole is a line of one part: a {@code parts_combined} note (info, line 0) names each part's
 * file and the whole's line range it holds, and each part's own decoder notes are kept with their lines moved to
 * the whole's numbering.
 */
public final class DocumentParts {
    /** Kind of the note that maps the whole's line ranges to the parts' files. */
    public static final String NOTE = "parts_combined";

    private DocumentParts() {
    }

    /** One part: the decoding of the file at {@code path} (as the user named it). */
    public record Part(String path, DecodedDocument decoded) {
    }

    /**
     * The parts read as one document recorded at {@code path}. Its id is derived from the parts' ids in order
     * (first 16 hex digits of a SHA-256), so the same files give the same id; its encoding joins the parts'
     * with {@code +} ({@code docx+xlsx}). Throws IllegalArgumentException for fewer than two parts.
     */
    public static DecodedDocument combine(String path, List<Part> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a document in parts needs at least two parts, got " + parts.size());
        }
        StringBuilder ids = new StringBuilder("parts");
        StringBuilder encodings = new StringBuilder();
        for (Part p : parts) {
            ids.append(':').append(p.decoded().document().docId());
            encodings.append(encodings.isEmpty() ? "" : "+").append(p.decoded().document().encoding());
        }
        String docId = DocumentDecoder.docId(ids.toString().getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        List<ParseIssue> issues = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        List<String> rangesZh = new ArrayList<>();
        for (Part p : parts) {
            SourceDocument doc = p.decoded().document();
            int offset = lines.size();
            lines.addAll(doc.lines());
            String range = doc.lineCount() == 0 ? "no line" : "lines " + (offset + 1) + "–" + (offset + doc.lineCount());
            ranges.add(range + " " + p.path() + " (" + doc.encoding() + ")");
            rangesZh.add((doc.lineCount() == 0 ? "无内容" : "第 " + (offset + 1) + "–" + (offset + doc.lineCount()) + " 行")
                    + "来自 " + p.path() + "（" + doc.encoding() + "）");
            String where = doc.lineCount() == 0 ? "" : " (lines " + (offset + 1) + "–" + (offset + doc.lineCount())
                    + " here; line numbers in this note are that file's own)";
            String whereZh = doc.lineCount() == 0 ? "" : "（本文件第 " + (offset + 1) + "–" + (offset + doc.lineCount())
                    + " 行；此说明中的行号为该文件自身的行号）";
            for (ParseIssue i : p.decoded().issues()) {
                issues.add(new ParseIssue(path, docId, i.line() > 0 ? i.line() + offset : i.line(), i.layout(), i.kind(),
                        i.severity(), p.path() + where + ": " + i.message(), p.path() + whereZh + "：" + i.messageZh(),
                        i.rawLine()));
            }
        }
        issues.add(0, new ParseIssue(path, docId, 0, null, NOTE, "info",
                "one disclosure published as " + parts.size() + " files, read as one document: " + String.join("; ", ranges),
                "同一公开分 " + parts.size() + " 个文件发布，合并为一个文件读取：" + String.join("；", rangesZh), null));
        Part last = parts.get(parts.size() - 1);
        return new DecodedDocument(new SourceDocument(path, docId, encodings.toString(), lines), issues,
                last.decoded().endsOnSpreadsheetRow());
    }
}
