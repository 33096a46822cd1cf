package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.DataResource;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises labels, titles and header texts for matching: removes whitespace (OCR and wrapping
 * spaces), markdown emphasis, book-title marks, and unifies brackets and quotes. {@link #key} also strips
 * leading ordinals ({@code 一、}, {@code （三）}, {@code 1、}, {@code (2)}) and the {@code 其中：} prefix.
 */
final class Labels {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:：。，,]+$");

    private Labels() {
    }

    /** The text without spaces and markup, brackets and colons unified to ASCII. */
    static String compact(String s) {
        if (s == null) {
            return "";
        }
        // one pass, same result as: remove [\s\u3000]+, then remove [*#《》<>] and one leading '-',
        // then unify （）：“”＂ (a "</u>" loses only its '<' and '>', as the regex alternation did)
        StringBuilder sb = null;
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char out;
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000' -> out = 0;
                case '*', '#', '《', '》', '<', '>' -> { out = 0; first = false; }
                case '-' -> { out = first ? 0 : c; first = false; }
                case '（' -> { out = '('; first = false; }
                case '）' -> { out = ')'; first = false; }
                case '：' -> { out = ':'; first = false; }
                case '“', '”', '＂' -> { out = '"'; first = false; }
                default -> { out = c; first = false; }
            }
            if (out != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null && out != 0) {
                sb.append(out);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@link #compact} without leading ordinals, for matching a row label against known names. */
    static String key(String s) {
        String t = compact(s);
        t = t.substring(ordinalsEnd(t));
        return mayEndWithPunctuation(t) ? TRAILING_PUNCTUATION.matcher(t).replaceAll("") : t;
    }

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String ORDINAL_MARKS = "、.．";

    /**
     * Where the leading ordinals of {@code t} end (0: none): the match of
     * {@code ^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)][、.．]?|\d+[、.．](?!\d)|其中[:：])+},
     * found by scanning (labels are keyed on every row). The alternatives start with different characters and no
     * run can give back a character to what follows it, so the longest run of ordinals is the match.
     */
    private static int ordinalsEnd(String t) {
        int i = 0;
        for (int next = ordinalEnd(t, 0); next > i; next = ordinalEnd(t, i)) {
            i = next;
        }
        return i;
    }

    /** The end of the one ordinal starting at {@code i}, or -1. */
    private static int ordinalEnd(String t, int i) {
        int n = t.length();
        if (i >= n) {
            return -1;
        }
        char c = t.charAt(i);
        if (NUMERALS.indexOf(c) >= 0) { // 一、 十二.
            int k = i;
            while (k < n && NUMERALS.indexOf(t.charAt(k)) >= 0) {
                k++;
            }
            return k < n && ORDINAL_MARKS.indexOf(t.charAt(k)) >= 0 ? k + 1 : -1;
        }
        if (c == '(' || c == '（') { // （三） (2)、
            int k = i + 1;
            while (k < n && (NUMERALS.indexOf(t.charAt(k)) >= 0 || isDigit(t.charAt(k)))) {
                k++;
            }
            if (k == i + 1 || k >= n || (t.charAt(k) != ')' && t.charAt(k) != '）')) {
                return -1;
            }
            k++;
            return k < n && ORDINAL_MARKS.indexOf(t.charAt(k)) >= 0 ? k + 1 : k;
        }
        if (isDigit(c)) { // 1、 2. but not 1.5
            int k = i;
            while (k < n && isDigit(t.charAt(k))) {
                k++;
            }
            boolean marked = k < n && ORDINAL_MARKS.indexOf(t.charAt(k)) >= 0;
            return marked && !(k + 1 < n && isDigit(t.charAt(k + 1))) ? k + 1 : -1;
        }
        if (c == '其' && i + 2 < n && t.charAt(i + 1) == '中' && (t.charAt(i + 2) == ':' || t.charAt(i + 2) == '：')) {
            return i + 3;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Literal pre-filter of {@link #TRAILING_PUNCTUATION} ({@code $} also matches before a final line terminator). */
    private static boolean mayEndWithPunctuation(String t) {
        return !t.isEmpty() && ":：。，,\n\r\u0085\u2028\u2029".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static final Pattern TOP_ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    /** Whether compacted {@code label} starts with a top-level ordinal ({@code 二、上年结转}): a section's label. */
    static boolean topOrdinal(String label) {
        return !label.isEmpty() && NUMERALS.indexOf(label.charAt(0)) >= 0 && TOP_ORDINAL.matcher(label).find();
    }

    /**
     * Whether {@code label} starts with an ordinal below the top level ({@code （一）}, {@code 1、}, {@code 其中：}):
     * an item of the section above it.
     */
    static boolean subItem(String label) {
        String t = compact(label);
        return ordinalsEnd(t) > 0 && !topOrdinal(t);
    }

    /** Whether {@code s} starts with an ordinal ({@code 九、}, {@code （一）}, {@code 1.}, {@code 其中：}) and has text after it. */
    static boolean ordinal(String s) {
        return !withoutOrdinal(s).equals(s);
    }

    /** The text without leading ordinals ({@code 九、卫生健康支出} → {@code 卫生健康支出}), otherwise as written. */
    static String withoutOrdinal(String s) {
        String t = s.substring(ordinalsEnd(s));
        return t.isEmpty() ? s : t;
    }

    /**
     * Words a complete row name or section label ends with (…支出, …收入, 基本支出, 人员经费, 合计), one a line in
     * resource {@code ingest/tables/name-endings.txt}.
     */
    private static final List<String> NAME_ENDINGS = DataResource.lines(Labels.class, "/ingest/tables/name-endings.txt")
            .stream().map(l -> l.text().strip()).toList();

    /**
     * Whether {@code s} ends with a word a complete name ends with: a label that does may stand on its own (a section
     * label such as {@code 一、基本支出}), one that does not ({@code 八、社会保}) is cut off mid-name.
     */
    static boolean endsLikeAName(String s) {
        String t = s.strip();
        for (String e : NAME_ENDINGS) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text carries a letter or ideograph (not just punctuation or OCR specks). */
    static boolean hasWord(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
