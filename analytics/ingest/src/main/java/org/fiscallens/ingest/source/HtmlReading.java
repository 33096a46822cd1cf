package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoder's step for HTML ({@link HtmlText}): a page becomes its rendered lines, reported as
 * {@code html_page_read}; HTML tables inside other text become tab-separated rows, reported as
 * {@code html_tables_read}. Both are notes (info): nothing is lost, but line numbers are those of the text as read,
 * which the stored lines show.
 */
final class HtmlReading {
    private HtmlReading() {
    }

    /** The rendered lines of an HTML page; one {@code html_page_read} note in {@code issues}. */
    static List<String> page(String path, String docId, String text, List<ParseIssue> issues) {
        HtmlRenderer.Rendered r = HtmlText.page(text);
        int sourceLines = lineCount(text);
        issues.add(new ParseIssue(path, docId, 0, null, "html_page_read", "info",
                "an HTML page of " + sourceLines + " line(s) read as the text it shows: " + r.lines().size()
                        + " line(s), " + r.rows() + " row(s) of " + r.tables() + " table(s) as tab-separated cells;"
                        + " line numbers are those of that text, which the stored lines show",
                "HTML 网页（" + sourceLines + " 行）已按其显示的文字读取：共 " + r.lines().size() + " 行，其中 "
                        + r.tables() + " 个表格的 " + r.rows() + " 行以制表符分隔单元格；行号按该文字编排，保存的原文行即为该文字",
                null));
        return new ArrayList<>(r.lines());
    }

    /** Lines of {@code text} as {@link DocumentDecoder#splitLines} counts them (LF, CRLF or CR; no empty last line). */
    private static int lineCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        boolean unterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\r';
        return n + (unterminated ? 1 : 0);
    }

    /** {@code lines} with their HTML tables read as rows (in place); an {@code html_tables_read} note when any. */
    static List<String> lines(String path, String docId, List<String> lines, List<ParseIssue> issues) {
        HtmlText.Rewrite w = HtmlText.tables(lines);
        if (w.tables() > 0) {
            int moved = w.lines() - w.sourceLines();
            String after = moved > 0 ? "the lines after them move " + moved + " line(s) down"
                    : "the lines after them keep their numbers";
            String afterZh = moved > 0 ? "其后各行行号后移 " + moved + " 行" : "其后各行行号不变";
            issues.add(new ParseIssue(path, docId, w.firstLine(), null, "html_tables_read", "info",
                    w.tables() + " HTML table(s) (<table>), the first at line " + w.firstLine() + ", written on "
                            + w.sourceLines() + " line(s), read as " + w.rows() + " row(s) of tab-separated cells; "
                            + after + " (the stored lines show the rows)",
                    "有 " + w.tables() + " 个 HTML 表格（<table>），首见于第 " + w.firstLine() + " 行，原占 "
                            + w.sourceLines() + " 行，已按 " + w.rows() + " 个表格行读取（制表符分隔单元格）；" + afterZh
                            + "（保存的原文行即为这些表格行）",
                    null));
        }
        return lines;
    }
}
