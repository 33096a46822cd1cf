package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a table's header lines (possibly several, with spanning group cells and words wrapped over lines) into a
 * {@link ColumnModel}: each column's role, canonical measure and group, using the descriptor's aliases.
 *
 * <p>A column's measure is the longest alias found in its own header cell, read from the bottom header line up;
 * {@code 合计}/{@code 小计} under a spanning cell take that cell's measure ({@code 小计} under 基本支出 is
 * basic), and alone mean {@code total}. Words split over header lines ({@code 本年收入合} / {@code 计}) are
 * joined. Columns that end up with the same measure and group are told apart by the economic class named in the
 * lowest header line ({@code personnel.301}, {@code personnel.303}) or by their order.
 */
final class HeaderReader {
    private HeaderReader() {
    }

    static ColumnModel read(List<TableLine> lines, TableDescriptor d) {
        List<TableLine> labelLines = WrappedHeaderLabels.join(
                lines.stream().filter(l -> !TableBody.isColumnNumbers(l)).toList(), d);
        List<TableLine> columnNumbers = lines.stream().filter(TableBody::isColumnNumbers).toList();
        List<TableLine> cut = labelLines.stream().map(l -> HeaderWords.split(l, d, true)).toList();
        ColumnModel model = read(lines, cut, columnNumbers, d);
        int numbered = ColumnModel.columnNumberCount(columnNumbers);
        if (numbered < 0 || measures(model) == numbered) {
            return model;
        }
        List<TableLine> uncut = labelLines.stream().map(l -> HeaderWords.split(l, d, false)).toList();
        if (sameCells(cut, uncut)) {
            return model;
        }
        // labels printed with no space between them were cut apart, and the 栏次 line numbers fewer columns than
        // that makes: where it numbers exactly the columns of the words left whole, the cut was wrong
        ColumnModel whole = read(lines, uncut, columnNumbers, d);
        return measures(whole) == numbered ? whole : model;
    }

    /** Whether the two readings of the header lines have the same cells: nothing was cut. */
    private static boolean sameCells(List<TableLine> a, List<TableLine> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && a.get(i).cells().size() != b.get(i).cells().size()) {
                return false;
            }
        }
        return true;
    }

    private static long measures(ColumnModel model) {
        return model.columns().stream().filter(c -> c.role() == Column.Role.MEASURE).count();
    }

    private static ColumnModel read(List<TableLine> lines, List<TableLine> labelLines, List<TableLine> columnNumbers,
                                    TableDescriptor d) {
        List<TableLine> header = labelLines;
        if (header.isEmpty()) {
            header = lines;
        }
        List<Cell> anchors = ColumnModel.numbered(ColumnModel.anchors(header), columnNumbers);
        List<String[]> own = new ArrayList<>();
        int width = 0;
        for (TableLine h : header) {
            String[] a = ColumnModel.align(h, anchors);
            for (int i = 0; i < a.length; i++) {
                a[i] = Labels.compact(a[i]);
            }
            own.add(a);
            width = Math.max(width, a.length);
        }
        int rows = own.size();
        String[][] inh = new String[rows][width];
        for (int r = 0; r < rows; r++) {
            String carry = "";
            for (int c = 0; c < width; c++) {
                String t = ownAt(own, r, c);
                if (!t.isEmpty()) {
                    carry = t;
                }
                inh[r][c] = t.isEmpty() && r < rows - 1 ? carry : t;
            }
        }
        List<Column> cols = new ArrayList<>();
        Map<Integer, Integer> derivedRow = new HashMap<>();
        int segment = 0;
        Column.Role prev = null;
        for (int c = 0; c < width; c++) {
            StringBuilder joined = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                joined.append(ownAt(own, r, c));
            }
            Column.Role role = null;
            for (int r = rows - 1; r >= 0 && role == null; r--) {
                String t = ownAt(own, r, c);
                if (!t.isEmpty()) {
                    role = ColumnRoles.standard().roleOf(t).orElse(null);
                }
            }
            if (role == null && joined.toString().equals("行次")) {
                role = Column.Role.ROWNO; // 行 over 次: the label wrapped over two header lines
            }
            String measure = null;
            if (role == null) {
                int[] from = {-1};
                measure = measure(inh, own, c, rows, d, from);
                derivedRow.put(c, from[0]);
                role = measure == null ? Column.Role.UNKNOWN : Column.Role.MEASURE;
            }
            boolean keyColumn = role == Column.Role.CODE || role == Column.Role.NAME;
            if (keyColumn && (prev == Column.Role.MEASURE || prev == Column.Role.ROWNO)) {
                segment++;
            }
            if (role != Column.Role.IGNORE && role != Column.Role.DEPT && role != Column.Role.UNKNOWN) {
                prev = role;
            }
            String codeClass = null;
            if (role == Column.Role.CODE) {
                boolean gov = false;
                for (int r = 0; r < rows; r++) {
                    gov |= inh[r][c].contains("政府");
                }
                codeClass = gov ? "gov_economic" : d.classification();
            }
            String group = null;
            for (int r = 0; r < rows && group == null; r++) {
                group = longest(inh[r][c], d.columnGroups()).orElse(null);
            }
            cols.add(new Column(c, role, measure, group, codeClass, segment, joined.toString()));
        }
        cols = repeatSegments(cols);
        cols = segmentGroups(cols, inh, d);
        cols = distinguishDuplicates(cols, own.isEmpty() ? new String[0] : own.get(rows - 1), derivedRow, rows);
        return new ColumnModel(cols, anchors,
                ColumnModel.columnNumberCentres(cols, columnNumbers));
    }

    private static String measure(String[][] inh, List<String[]> own, int c, int rows, TableDescriptor d, int[] from) {
        boolean subtotal = false;
        for (int r = rows - 1; r >= 0; r--) {
            String t = inh[r][c];
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("合计") || t.equals("小计")) {
                subtotal = true;
                continue;
            }
            Optional<String> m = longest(t, d.measures());
            if (m.isPresent()) {
                boolean carried = ownAt(own, r, c).isEmpty();
                String wrapped = carried ? wrappedOwn(own, c, rows, d, from) : null;
                if (wrapped != null) {
                    return wrapped;
                }
                from[0] = r;
                return m.get();
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            joined.append(ownAt(own, r, c));
        }
        Optional<String> m = longest(joined.toString(), d.measures());
        if (m.isPresent()) {
            return m.get();
        }
        return subtotal ? "total" : null;
    }

    /**
     * The measure the column's own words name only when joined over the header lines they were wrapped on
     * ({@code 一般公共} over {@code 预算}, in a tab-separated line each), where no one of them names a measure alone;
     * null otherwise. Asked where the measure would come from a label carried over from a spanning cell
     * ({@code 上年结转结余}): the column's own label, though wrapped, says more.
     */
    private static String wrappedOwn(List<String[]> own, int c, int rows, TableDescriptor d, int[] from) {
        StringBuilder joined = new StringBuilder();
        int parts = 0;
        int last = -1;
        for (int r = 0; r < rows; r++) {
            String t = ownAt(own, r, c);
            if (t.isEmpty()) {
                continue;
            }
            if (longest(t, d.measures()).isPresent()) {
                return null;
            }
            joined.append(t);
            parts++;
            last = r;
        }
        Optional<String> m = parts >= 2 ? longest(joined.toString(), d.measures()) : Optional.empty();
        if (m.isEmpty()) {
            return null;
        }
        from[0] = last;
        return m.get();
    }

    /** Header line {@code r}'s own label over column {@code c}; empty where the line has none there. */
    private static String ownAt(List<String[]> own, int r, int c) {
        return c < own.get(r).length ? own.get(r)[c] : "";
    }

    /** The key of the longest alias contained in {@code text}. */
    static Optional<String> longest(String text, List<TableDescriptor.Alias> aliases) {
        return Optional.ofNullable(longestMatch(text, aliases)).map(m -> m[0]);
    }

    /** The longest alias contained in {@code text} itself (预算数 in 预算数类）). */
    static Optional<String> longestAlias(String text, List<TableDescriptor.Alias> aliases) {
        return Optional.ofNullable(longestMatch(text, aliases)).map(m -> m[1]);
    }

    /** The key and the text of the longest alias contained in {@code text}, or null. */
    private static String[] longestMatch(String text, List<TableDescriptor.Alias> aliases) {
        String[] best = null;
        for (TableDescriptor.Alias a : aliases) {
            for (String s : a.aliases()) {
                if (!s.isEmpty() && text.contains(s) && (best == null || s.length() > best[1].length())) {
                    best = new String[]{a.key(), s};
                }
            }
        }
        return best;
    }

    /**
     * Side-by-side segments repeat one structure (项目 | 行次 | 金额 twice in 01表): a column whose header is
     * unreadable takes the role and measure of the column at the same place in another segment.
     */
    private static List<Column> repeatSegments(List<Column> cols) {
        Map<Integer, Integer> start = new HashMap<>();
        for (Column c : cols) {
            start.putIfAbsent(c.segment(), c.index());
        }
        if (start.size() < 2) {
            return cols;
        }
        List<Column> out = new ArrayList<>(cols);
        for (Column c : cols) {
            if (c.role() != Column.Role.UNKNOWN) {
                continue;
            }
            int offset = c.index() - start.get(c.segment());
            for (Map.Entry<Integer, Integer> e : start.entrySet()) {
                int j = e.getValue() + offset;
                if (e.getKey() != c.segment() && j < cols.size() && cols.get(j).segment() == e.getKey()
                        && cols.get(j).role() == Column.Role.MEASURE) {
                    Column m = cols.get(j);
                    out.set(c.index(), new Column(c.index(), Column.Role.MEASURE, m.measure(), c.group(), null,
                            c.segment(), c.header()));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Column> segmentGroups(List<Column> cols, String[][] inh, TableDescriptor d) {
        if (d.segmentGroups().isEmpty()) {
            return cols;
        }
        int segments = cols.isEmpty() ? 0 : cols.get(cols.size() - 1).segment() + 1;
        String[] groups = new String[segments];
        if (segments == d.segmentGroups().size()) {
            for (int s = 0; s < segments; s++) {
                groups[s] = d.segmentGroups().get(s).key();
            }
        } else {
            for (int s = 0; s < segments; s++) {
                int bestLen = 0;
                for (Column col : cols) {
                    if (col.segment() != s) {
                        continue;
                    }
                    List<String> texts = new ArrayList<>();
                    for (String[] row : inh) {
                        texts.add(row[col.index()]);
                    }
                    texts.add(col.header()); // its label wrapped over the header lines (部门预算支出经 / 济分类科目)
                    for (String t : texts) {
                        for (TableDescriptor.Alias a : d.segmentGroups()) {
                            for (String alias : a.aliases()) {
                                if (t.contains(alias) && alias.length() > bestLen) {
                                    bestLen = alias.length();
                                    groups[s] = a.key();
                                }
                            }
                        }
                    }
                }
            }
        }
        List<Column> out = new ArrayList<>();
        for (Column c : cols) {
            out.add(c.withGroup(groups[c.segment()]));
        }
        return out;
    }

    private static List<Column> distinguishDuplicates(List<Column> cols, String[] bottom, Map<Integer, Integer> derivedRow,
                                                      int rows) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (Column c : cols) {
            if (c.role() == Column.Role.MEASURE) {
                byKey.computeIfAbsent(c.segment() + "|" + c.measure() + "|" + c.group(), k -> new ArrayList<>())
                        .add(c.index());
            }
        }
        List<Integer> dupColumns = new ArrayList<>();
        byKey.values().stream().filter(l -> l.size() > 1).forEach(dupColumns::addAll);
        if (dupColumns.isEmpty()) {
            return cols;
        }
        dupColumns.sort(Integer::compare);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < bottom.length; c++) {
            Integer from = derivedRow.get(c);
            boolean fromBottom = from != null && from == rows - 1;
            if (!bottom[c].isEmpty() && !fromBottom && ColumnRoles.standard().roleOf(bottom[c]).isEmpty()) {
                labels.add(bottom[c]);
            }
        }
        List<Column> out = new ArrayList<>(cols);
        boolean byLabel = labels.size() == dupColumns.size();
        Map<String, Integer> ordinal = new HashMap<>();
        for (int k = 0; k < dupColumns.size(); k++) {
            Column c = out.get(dupColumns.get(k));
            String sub = null;
            if (byLabel) {
                sub = ClassCodes.standard().economicClass(labels.get(k)).orElse(null);
            }
            if (sub == null) {
                sub = String.valueOf(ordinal.merge(c.measure() + "|" + c.group(), 1, Integer::sum));
            }
            out.set(c.index(), c.withMeasure(c.measure() + "." + sub));
        }
        return out;
    }
}
