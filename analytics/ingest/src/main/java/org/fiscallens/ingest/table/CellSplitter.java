package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into cells: at tabs when the line has any, else at runs of two or more spaces
 * (ideographic spaces count as two), and at a single space where it stands between two numbers or a number and a
 * Chinese name ({@link NumberTokens}); OCR amounts such as {@code 5056. 26} and wrapped labels such as
 * {@code 社会保障和就业支 出} stay whole.
 */
final class CellSplitter {
    private static final java.util.regex.Pattern UNDERLINE = java.util.regex.Pattern.compile("<u>\\s*-?\\s*</u>");
    private CellSplitter() {
    }

    /** {@code raw} split into cells, their positions counted on screen (a Chinese character two columns). */
    static TableLine split(int number, String raw) {
        return split(number, raw, false);
    }

    /**
     * {@code raw} split into cells; {@code oneColumnPerCharacter}: positions count every character as one column, as
     * {@code pdftotext -layout} places text ({@link LayoutUnits}), not two for a Chinese character.
     */
    static TableLine split(int number, String raw, boolean oneColumnPerCharacter) {
        String line = raw.replace('\u00a0', ' ');
        List<Cell> cells = new ArrayList<>();
        boolean tabbed = line.indexOf('\t') >= 0;
        if (tabbed) {
            int col = 0;
            int from = 0;
            while (true) { // the parts between tabs, as line.split("\t", -1) gives them
                int tab = line.indexOf('\t', from);
                String part = tab < 0 ? line.substring(from) : line.substring(from, tab);
                int w = width(part);
                cells.add(new Cell(clean(part), col, col + w));
                col += w + 1;
                if (tab < 0) {
                    break;
                }
                from = tab + 1;
            }
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return new TableLine(number, raw, cells, true);
        }
        // a cell runs from its first to its last non-space character; a single space inside it stays (a gap of
        // two or more columns ends it, and a single one where NumberTokens sees two cells), so its text is that
        // stretch of the line
        int col = 0;
        int n = line.length();
        int curStart = -1;
        int curEnd = -1;
        int first = -1;
        int last = -1;
        int gap = 0;
        for (int i = 0; i < n; i++) {
            char ch = line.charAt(i);
            int w = oneColumnPerCharacter ? 1 : DisplayColumns.width(ch);
            if (ch == ' ' || ch == '\u3000') {
                gap += ch == '\u3000' ? 2 : 1;
            } else {
                if (curStart >= 0 && (gap >= 2 || gap == 1 && NumberTokens.boundary(line, last, i))) {
                    cells.add(new Cell(clean(line.substring(first, last + 1)), curStart, curEnd));
                    curStart = -1;
                }
                if (curStart < 0) {
                    curStart = col;
                    first = i;
                }
                gap = 0;
                last = i;
                curEnd = col + w;
            }
            col += w;
        }
        if (curStart >= 0) {
            cells.add(new Cell(clean(line.substring(first, last + 1)), curStart, curEnd));
        }
        if (cells.isEmpty()) {
            cells.add(new Cell("", 0, 0));
        }
        return new TableLine(number, raw, cells, false);
    }

    private static String clean(String s) {
        String t = s.strip();
        if (t.startsWith("<u>") && UNDERLINE.matcher(t).matches()) {
            return "";
        }
        return t;
    }

    static int width(String s) {
        return DisplayColumns.width(s);
    }
}
