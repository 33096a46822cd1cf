package org.fiscallens.ingest.source;

import org.jsoup.Jsoup;

import java.util.List;
import java.util.Locale;

/**
 * Disclosures written in HTML, read as the text lines every reader downstream knows ({@link HtmlRenderer}): a whole
 * page (a disclosure saved from a government site, a Word file saved as a web page), or HTML tables inside a text or
 * Markdown file (PDF-to-Markdown extractors write tables with merged cells as {@code <table>}, often a whole table
 * on one line). Text of any other shape never changes.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** How a rewrite went: lines read from and written, tables and table rows, the first line concerned (1-based). */
    record Rewrite(int sourceLines, int lines, int tables, int rows, int firstLine) {
    }

    /**
     * Whether {@code text} is an HTML page: after white space, byte-order marks, comments and an XML declaration, it opens with
     * {@code <!DOCTYPE html} or {@code <html} (any case).
     */
    static boolean isPage(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        String head = text.substring(i, Math.min(text.length(), i + 14)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") && (head.length() == 5
                || !Character.isLetterOrDigit(head.charAt(5)));
    }

    /** The page's text, its {@code <head>} left out; lines are numbered as rendered. */
    static HtmlRenderer.Rendered page(String text) {
        return HtmlRenderer.render(Jsoup.parse(text).body());
    }

    /**
     * Replaces, in place, each run of lines from one holding {@code <table} to the one closing that table (nested
     * tables counted) by its rendering: text around the table on those lines, caption, one line per row. A table
     * rendered to fewer lines than it was written on is followed by empty lines, so the lines after it keep their
     * numbers; a table written on fewer lines than it has rows (one line, as extractors write it) moves the lines
     * after it down. A table never closed is left as it is.
     */
    static Rewrite tables(List<String> lines) {
        int sourceLines = 0;
        int written = 0;
        int tables = 0;
        int rows = 0;
        int first = 0;
        for (int i = 0; i < lines.size(); ) {
            if (opens(lines.get(i)) == 0) {
                i++;
                continue;
            }
            int end = closingLine(lines, i);
            if (end < 0) {
                i++;
                continue;
            }
            List<String> span = lines.subList(i, end + 1);
            HtmlRenderer.Rendered r = HtmlRenderer.render(Jsoup.parseBodyFragment(String.join("\n", span)).body());
            int spanLines = span.size();
            span.clear();
            span.addAll(r.lines());
            for (int k = r.lines().size(); k < spanLines; k++) {
                span.add("");
            }
            first = first == 0 ? i + 1 : first;
            sourceLines += spanLines;
            written += r.lines().size();
            tables += r.tables();
            rows += r.rows();
            i += Math.max(spanLines, r.lines().size());
        }
        return new Rewrite(sourceLines, written, tables, rows, first);
    }

    /** The line that closes the table opened on line {@code from}, or -1. */
    private static int closingLine(List<String> lines, int from) {
        int depth = 0;
        for (int k = from; k < lines.size(); k++) {
            depth += opens(lines.get(k)) - closes(lines.get(k));
            if (depth <= 0) {
                return k;
            }
        }
        return -1;
    }

    private static int opens(String line) {
        return count(line, "<table");
    }

    private static int closes(String line) {
        return count(line, "</table");
    }

    /** Occurrences of {@code tag} (lower case) in {@code line}, any case, followed by {@code >}, space or {@code /}. */
    private static int count(String line, String tag) {
        int n = 0;
        for (int i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
            int after = i + tag.length();
            if (line.regionMatches(true, i, tag, 0, tag.length()) && (after == line.length()
                    || line.charAt(after) == '>' || line.charAt(after) == '/' || Character.isWhitespace(line.charAt(after)))) {
                n++;
            }
        }
        return n;
    }
}
