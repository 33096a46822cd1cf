package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Header cells of a space-aligned line that hold several column labels one space apart ({@code 行次 决算数},
 * {@code 小计 基本支出 项目支出}), as text extracted with its layout writes a header whose labels a narrow table
 * pushed together: each label a cell of its own when every part is one the reader knows (a column role such as
 * 行次 or 科目编码, a measure alias of the table, 合计 or 小计, or the 行 of a 行次 wrapped over two lines). A part it does not know joins the part after it
 * ({@code 功能分类 科目编码}); a cell with a part it cannot place stays whole. Labels a squeezed page printed with no
 * space between them ({@code 基本支出项目支出}, {@code 行次合计}) are cut apart where the word is no label itself but
 * reads wholly as labels the table names exactly ({@link RunTogetherLabels}).
 */
final class HeaderWords {
    private HeaderWords() {
    }

    /** {@code line} with its cells split into labels; the line itself when tabbed or when nothing splits. */
    static TableLine split(TableLine line, TableDescriptor d) {
        return split(line, d, true);
    }

    /** {@link #split(TableLine, TableDescriptor)}, cutting run-together labels apart only where {@code runTogether}. */
    static TableLine split(TableLine line, TableDescriptor d, boolean runTogether) {
        if (line.tabbed()) {
            return line;
        }
        List<Cell> out = new ArrayList<>();
        boolean changed = false;
        for (Cell c : line.cells()) {
            List<Cell> parts = labels(c, d, runTogether);
            changed |= parts.size() > 1;
            out.addAll(parts);
        }
        return changed ? new TableLine(line.number(), line.raw(), out, false) : line;
    }

    private static List<Cell> labels(Cell c, TableDescriptor d, boolean runTogether) {
        List<Cell> words = new ArrayList<>();
        for (Cell w : words(c)) {
            words.addAll(runTogether ? RunTogetherLabels.split(w, d) : List.of(w));
        }
        if (words.size() < 2) {
            return List.of(c);
        }
        List<Cell> parts = new ArrayList<>();
        String pending = null; // unknown words waiting for the word after them
        int pendingStart = -1;
        for (Cell w : words) {
            String text = pending == null ? w.text() : pending + " " + w.text();
            int s = pending == null ? w.start() : pendingStart;
            if (known(w.text(), d)) {
                parts.add(new Cell(text, s, w.end()));
                pending = null;
            } else {
                pending = text;
                pendingStart = s;
            }
        }
        if (pending != null || parts.size() < 2) {
            return List.of(c);
        }
        return parts;
    }

    /** The words of {@code c} (its text split at spaces), each where it stands on the line. */
    static List<Cell> words(Cell c) {
        String t = c.text();
        if (t.indexOf(' ') < 0) {
            return List.of(c);
        }
        List<Cell> words = new ArrayList<>();
        boolean perCharacter = c.end() - c.start() == t.length(); // the line's columns count characters (LayoutUnits)
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != ' ') {
                continue;
            }
            if (i > from) {
                int start = c.start() + (perCharacter ? from : CellSplitter.width(t.substring(0, from)));
                int end = c.start() + (perCharacter ? i : CellSplitter.width(t.substring(0, i)));
                words.add(new Cell(t.substring(from, i), start, end));
            }
            from = i + 1;
        }
        return words;
    }

    /**
     * Whether {@code part} is a label the reader knows: a column role such as 行次 or 科目编码, a measure alias of
     * the table, 合计 or 小计, or the 行 of a 行次 wrapped over two lines.
     */
    static boolean known(String part, TableDescriptor d) {
        return reading(part, d) != null;
    }

    /**
     * What the reader knows {@code part} as: 合计, 小计 or 行 themselves, a column role ({@code role:NAME}), or the
     * longest measure alias it contains ({@code alias:预算数}); null when none. Two texts with the same reading say the
     * same to the reader ({@code 预算数} and {@code 预算数类）}).
     */
    static String reading(String part, TableDescriptor d) {
        String k = Labels.compact(part);
        // 行 alone: the head of a 行次 whose 次 wrapped onto the next header line
        if (k.equals("合计") || k.equals("小计") || k.equals("行")) {
            return k;
        }
        java.util.Optional<Column.Role> role = ColumnRoles.standard().roleOf(k);
        if (role.isPresent()) {
            return "role:" + role.get();
        }
        return HeaderReader.longestAlias(k, d.measures()).map(a -> "alias:" + a).orElse(null);
    }
}
