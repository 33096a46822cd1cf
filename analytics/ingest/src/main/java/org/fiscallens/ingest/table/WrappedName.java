package org.fiscallens.ingest.table;

import org.fiscallens.catalog.ClassificationCatalog;

/**
 * A row name a PDF extractor wrapped, its head alone on the line above the row ({@code 八、社会保} over
 * {@code 障和就业支出 | 40 | 53.73}). The readers otherwise take a name alone on its line for the tail of the row
 * above, whose name wrapped below it (the case OCR output shows), unless it opens with an ordinal; these rules tell
 * the head of the row below.
 */
final class WrappedName {
    private final String department;

    /** @param department the document's department name (部门名称), or null when it is not known */
    WrappedName(String department) {
        this.department = department == null ? null : Labels.compact(department);
    }

    /**
     * Whether {@code head}, a name alone on its line, starts {@code name}, the name of the row below: it opens with an
     * ordinal that name lacks and is cut off mid-name ({@code 八、社会保}; not a section label such as
     * {@code 一、基本支出}), it ends with a colon ({@code 其中：} / {@code 财政拨款}), or only the two together are a
     * known row label ({@code 本年收} / {@code 入合计}) or classification name ({@code 对个人和} / {@code 家庭的补助}) or the document's department ({@code 新乡县医} / {@code 疗保障局}),
     * or the head opens a bracket the name closes ({@code 离休干部医疗费（} / {@code 2026年上解）}), or the name is
     * nothing but a bracketed note ({@code 县级干部医疗费} / {@code （2026年）}).
     */
    boolean heads(String head, String name) {
        String h = head.strip();
        if (h.endsWith(":") || h.endsWith("：")) {
            return true;
        }
        String n = Labels.compact(name);
        if (brackets(h) > 0 && brackets(n) < 0 || onlyNote(n)) {
            return true;
        }
        if (department != null && Labels.compact(h + name).equals(department)) {
            return true;
        }
        if (Labels.ordinal(h) && !Labels.endsLikeAName(h) && !Labels.ordinal(name)) {
            return true;
        }
        return known(h + name) && !known(name);
    }

    /** A row label with a key of its own ({@code 本年收入合计}) or a classification name ({@code 对个人和家庭的补助}). */
    private static boolean known(String label) {
        return RowKeys.standard().keyOf(label).isPresent() || ClassificationCatalog.standard().knowsName(label);
    }

    /**
     * Whether appending {@code head} to {@code above}, the name of the row above, would spoil its known label, a
     * complete classification name with the start of another ({@code 行政事业单位养老支出} + {@code 机关事业单位基本养老保险缴费支},
     * the head of the next row's name; not {@code 公务用车购置} + {@code 及运行维护费}, which starts no name) or the
     * document's department ({@code 新乡县医疗保障局} + {@code 算}, a header's stray character printed below
     * the table).
     */
    boolean spoils(String above, String head) {
        if (above == null) {
            return false;
        }
        if (RowKeys.standard().keyOf(above).isPresent()) {
            return RowKeys.standard().keyOf(above + head).isEmpty();
        }
        if (known(above) && !known(above + head) && ClassificationCatalog.standard().startsAName(head)) {
            return true; // the head of another classification name, not the tail of this one
        }
        return department != null && Labels.compact(above).equals(department)
                && !Labels.compact(above + head).equals(department);
    }

    /** Opening minus closing round brackets (half- and full-width) in {@code s}. */
    private static int brackets(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return open;
    }

    /** A bracketed note and nothing else ({@code （2026年）}), not an ordinal such as {@code （一）}. */
    private static boolean onlyNote(String s) {
        return s.length() > 2 && (s.charAt(0) == '(' || s.charAt(0) == '（')
                && (s.endsWith(")") || s.endsWith("）")) && brackets(s) == 0
                && s.indexOf('(', 1) < 0 && s.indexOf('（', 1) < 0 && !Labels.ordinal(s);
    }
}
