package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the tables of a document by their titles. A title counts only when a tabular line (two or more cells)
 * follows it before the next title: a title that is merely listed (a 目录 entry, a sentence naming the
 * table, {@code 报表见附表}) is not a table. Also marks the lines of a plain table of contents (目录 with
 * page numbers), whose numbers are page numbers, not amounts.
 */
final class TableLocator {
    private static final int LOOKAHEAD = 16;
    private static final int MAX_TOC_LINES = 80;

    private final TableLayouts layouts;

    TableLocator(TableLayouts layouts) {
        this.layouts = layouts;
    }

    /** What was found: table regions in document order, and the lines of plain tables of contents. */
    private static final Pattern TITLE_TRIM = Pattern.compile("^[#*\\s]+|[*\\s]+$");
    private static final Pattern YEAR_CELL = Pattern.compile("\\d{4}年度?");
    private static final Pattern CLAUSE = Pattern.compile(".*[，；;,].*");

    record Located(List<TableRegion> regions, BitSet tocLines) {
    }

    Located locate(List<TableLine> lines, String docKind) {
        int n = lines.size();
        List<Integer> titles = new ArrayList<>();
        List<TableDescriptor> found = new ArrayList<>();
        BitSet toc = new BitSet();
        for (int i = 1; i <= n; i++) {
            TableLine line = lines.get(i - 1);
            List<Cell> filled = titleCells(line.filled());
            if (filled.size() != 1) {
                continue;
            }
            String text = filled.get(0).text();
            if (text.indexOf('表') < 0 && text.indexOf('目') < 0) {
                continue; // literal pre-filter: a title holds 表 and a 目录 heading 目, which compacting keeps
            }
            if (TitleText.keepsMoreThan(text, TitleText.MAX_TITLE_LENGTH)) {
                continue; // compacted longer than any title (and than 目录): running text, not compacted here
            }
            String compact = Labels.compact(text);
            if (compact.equals("目录")) {
                int next = nextTabular(lines, i, Math.min(n, i + 4));
                Optional<TableDescriptor> tocLayout = layouts.descriptors().stream()
                        .filter(d -> d.reader().equals("toc")).findFirst();
                if (next > 0 && tocLayout.isPresent()
                        && Labels.compact(lines.get(next - 1).raw()).contains("报表名称")) {
                    titles.add(i);
                    found.add(tocLayout.get());
                } else {
                    markToc(lines, i, toc);
                }
                continue;
            }
            if (!TitleText.titleShaped(compact)) {
                continue;
            }
            Optional<TableDescriptor> d = layouts.byTitle(TitleText.titleKey(filled.get(0).text()), docKind);
            if (d.isPresent() && !d.get().reader().equals("toc")) {
                titles.add(i);
                found.add(d.get());
            }
        }
        List<TableRegion> regions = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int t = titles.get(k);
            int limit = k + 1 < titles.size() ? titles.get(k + 1) - 1 : n;
            if (nextTabular(lines, t, Math.min(limit, t + LOOKAHEAD)) < 0) {
                continue;
            }
            regions.add(region(lines, found.get(k), t, limit));
        }
        return new Located(regions, toc);
    }

    private TableRegion region(List<TableLine> lines, TableDescriptor d, int title, int limit) {
        String code = null;
        String unit = null;
        for (int back = title - 1, seen = 0; back >= 1 && seen < 2; back--) {
            String raw = lines.get(back - 1).raw();
            if (raw.isBlank()) {
                continue;
            }
            seen++;
            Optional<String> c = TitleText.tableCode(raw);
            if (c.isPresent()) {
                code = c.get();
            }
        }
        int body = title + 1;
        int firstTabular = nextTabular(lines, title, limit);
        for (int i = title + 1; i < firstTabular; i++) {
            String raw = lines.get(i - 1).raw();
            Optional<String> c = TitleText.tableCode(raw);
            if (c.isPresent()) {
                code = c.get();
            }
            Optional<String> u = TitleText.unit(raw);
            if (u.isPresent()) {
                unit = u.get();
            }
            body = i + 1;
        }
        int end = limit;
        for (int i = firstTabular; i <= limit; i++) {
            if (TitleText.isHeading(lines.get(i - 1).raw()) || TitleText.tableCode(lines.get(i - 1).raw()).isPresent()) {
                end = i - 1;
                break;
            }
        }
        TableLine titleLine = lines.get(title - 1);
        String inlineCode = titleLine.filled().stream().map(c -> TitleText.tableCode(c.text()))
                .flatMap(Optional::stream).findFirst().orElse(null);
        if (inlineCode != null) {
            code = inlineCode;
        }
        String inlineUnit = titleLine.filled().stream().map(c -> TitleText.unit(c.text()))
                .flatMap(Optional::stream).findFirst().orElse(null);
        if (unit == null && inlineUnit != null) {
            unit = inlineUnit;
        }
        String title0 = titleCells(titleLine.filled()).get(0).text().transform(t -> TITLE_TRIM.matcher(t).replaceAll(""));
        return new TableRegion(d, title0, title, code, unit, body, end);
    }

    /**
     * The cells of a line that could hold a title: the line's only cell, or the one cell beside which stand only a
     * table code, a 单位 statement or a year ({@code 收入决算表    公开02表    单位：万元}).
     */
    private static List<Cell> titleCells(List<Cell> filled) {
        if (filled.size() <= 1 || filled.size() > 4) {
            return filled;
        }
        List<Cell> rest = new ArrayList<>();
        for (Cell c : filled) {
            if (!isMeta(c.text())) {
                rest.add(c);
            }
        }
        return rest.size() == 1 ? rest : filled;
    }

    /** A table code, a 单位 statement or a year: what stands beside a title. */
    private static boolean isMeta(String t) {
        return TitleText.tableCode(t).isPresent() || TitleText.unit(t).isPresent()
                || (t.indexOf('年') >= 0 && YEAR_CELL.matcher(Labels.compact(t)).matches());
    }

    /**
     * The first line after {@code from} and up to {@code to} with two or more filled cells, or -1. A line of captions
     * alone ({@code 部门名称：…  单位：万元}, as a spreadsheet writes them in one row) is not one.
     */
    private static int nextTabular(List<TableLine> lines, int from, int to) {
        for (int i = from + 1; i <= to && i <= lines.size(); i++) {
            List<Cell> filled = lines.get(i - 1).filled();
            if (filled.size() >= 2 && !filled.stream().allMatch(c -> isMeta(c.text()) || TitleText.isCaption(c.text()))) {
                return i;
            }
        }
        return -1;
    }

    private static void markToc(List<TableLine> lines, int start, BitSet toc) {
        toc.set(start);
        for (int i = start + 1; i <= lines.size() && i <= start + MAX_TOC_LINES; i++) {
            String raw = lines.get(i - 1).raw();
            if (raw.isBlank()) {
                continue;
            }
            String compact = Labels.compact(raw);
            if (compact.length() > 60 || compact.contains("。")
                    || (compact.length() > 30 && CLAUSE.matcher(compact).matches())) {
                return;
            }
            toc.set(i);
        }
    }
}
