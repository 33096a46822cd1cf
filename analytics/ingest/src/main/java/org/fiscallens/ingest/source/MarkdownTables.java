package org.fiscallens.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables, as PDF-to-Markdown extractors write a document's tables ({@code | 项目 | 行次 | 决算数 |} over
 * {@code |---|---|---|}), read as the tab-separated rows every reader downstream knows: each row's cells joined by
 * tabs, the delimiter row as a row of empty cells (its tabs alone). A block of lines that open and close with
 * {@code |} is a table only when one of its lines is a delimiter row (cells of {@code ---}, {@code :---:} …), as
 * Markdown requires; lines of another shape never change. Inside a cell an escaped {@code \|} is a bar, a {@code <br>} (a line break the extractor
 * kept) is dropped, so a name wrapped in its cell reads whole, and emphasis around the whole cell
 * ({@code **合计**}, {@code *719.68*}) is dropped. Line numbers never change.
 */
final class MarkdownTables {
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");

    private MarkdownTables() {
    }

    /** Rewrites {@code lines} in place; returns what changed. */
    static LinesRewritten normalise(List<String> lines) {
        int changed = 0;
        int first = 0;
        for (int i = 0; i < lines.size(); ) {
            if (!isPipeRow(lines.get(i))) {
                i++;
                continue;
            }
            List<List<String>> block = new ArrayList<>(); // the cells of each line of the block, split once
            boolean delimited = false;
            for (int k = i; k < lines.size() && isPipeRow(lines.get(k)); k++) {
                block.add(cells(lines.get(k)));
                delimited |= isDelimiterRow(block.get(block.size() - 1));
            }
            if (delimited) {
                for (int k = 0; k < block.size(); k++) {
                    List<String> cells = block.get(k);
                    lines.set(i + k, isDelimiterRow(cells) ? "\t".repeat(cells.size() - 1) : String.join("\t", cells));
                }
                changed += block.size();
                first = first == 0 ? i + 1 : first;
            }
            i += block.size();
        }
        return new LinesRewritten(changed, first);
    }

    /** Whether {@code line}, spaces aside, opens and closes with a bar (not an escaped one). */
    private static boolean isPipeRow(String line) {
        int first = 0;
        int last = line.length() - 1;
        while (first <= last && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(line.charAt(last))) {
            last--;
        }
        return last > first && line.charAt(first) == '|' && line.charAt(last) == '|' && line.charAt(last - 1) != '\\';
    }

    /** The cells between the outer bars, stripped, with {@code \|} as a bar and {@code <br>} dropped. */
    private static List<String> cells(String line) {
        String t = line.strip();
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '\\' && t.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(clean(cell));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(clean(cell));
        return out;
    }

    private static String clean(StringBuilder cell) {
        String s = cell.toString().strip();
        s = s.indexOf('<') < 0 ? s : LINE_BREAK.matcher(s).replaceAll("");
        while (s.length() >= 2 && (s.charAt(0) == '*' || s.charAt(0) == '_') && s.charAt(s.length() - 1) == s.charAt(0)) {
            int mark = s.length() >= 4 && s.charAt(1) == s.charAt(0) && s.charAt(s.length() - 2) == s.charAt(0) ? 2 : 1;
            s = s.substring(mark, s.length() - mark).strip(); // **合计** / *合计* / __合计__: emphasis, not text
        }
        return s;
    }

    private static boolean isDelimiterRow(List<String> cells) {
        for (String c : cells) {
            int from = c.startsWith(":") ? 1 : 0;
            int to = c.endsWith(":") && c.length() > 1 ? c.length() - 1 : c.length();
            if (to - from < 3) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (c.charAt(k) != '-') {
                    return false;
                }
            }
        }
        return true;
    }
}
