package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Header cells of a space-aligned line that hold several column labels one space apart ({@code 行次 决算数},
 * {@code 小计 基本支出 项目支出}), as text extracted with its layout writes a header whose labels a narrow table
 * pushed together: each label a cell of its own when every part is one the reader knows (a column role such as
 * 行次 or 科目编码, a measure alias of the table, 合计 or 小计, or the 行 of a 行次 wrapped over two lines). A part it does not know joins the part after it
 * ({@code 功能分类 科目编码}); a cell with a part it cannot place stays whole.
 */
final class HeaderWords {
    private HeaderWords() {
    }

    /** {@code line} with its cells split into labels; the line itself when tabbed or when nothing splits. */
    static TableLine split(TableLine line, TableDescriptor d) {
        if (line.tabbed()) {
            return line;
        }
        List<Cell> out = new ArrayList<>();
        boolean changed = false;
        for (Cell c : line.cells()) {
            List<Cell> parts = labels(c, d);
            changed |= parts.size() > 1;
            out.addAll(parts);
        }
        return changed ? new TableLine(line.number(), line.raw(), out, false) : line;
    }

    private static List<Cell> labels(Cell c, TableDescriptor d) {
        String t = c.text();
        if (t.indexOf(' ') < 0) {
            return List.of(c);
        }
        List<Cell> parts = new ArrayList<>();
        int col = c.start();
        boolean perCharacter = c.end() - c.start() == t.length(); // the line's columns count characters (LayoutUnits)
        int from = 0;
        StringBuilder pending = new StringBuilder(); // unknown parts waiting for the part after them
        int pendingStart = -1;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != ' ') {
                continue;
            }
            String part = t.substring(from, i);
            int start = col + (perCharacter ? from : CellSplitter.width(t.substring(0, from)));
            int end = col + (perCharacter ? i : CellSplitter.width(t.substring(0, i)));
            if (!part.isEmpty()) {
                String text = pending.isEmpty() ? part : pending + " " + part;
                int s = pendingStart >= 0 ? pendingStart : start;
                if (known(part, d)) {
                    parts.add(new Cell(text, s, end));
                    pending.setLength(0);
                    pendingStart = -1;
                } else {
                    pending.setLength(0);
                    pending.append(text);
                    pendingStart = s;
                }
            }
            from = i + 1;
        }
        if (!pending.isEmpty() || parts.size() < 2) {
            return List.of(c);
        }
        return parts;
    }

    private static boolean known(String part, TableDescriptor d) {
        String k = Labels.compact(part);
        // 行 alone: the head of a 行次 whose 次 wrapped onto the next header line
        return k.equals("合计") || k.equals("小计") || k.equals("行") || ColumnRoles.standard().roleOf(k).isPresent()
                || HeaderReader.longest(k, d.measures()).isPresent();
    }
}
