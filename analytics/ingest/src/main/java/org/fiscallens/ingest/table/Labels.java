package org.fiscallens.ingest.table;

import java.util.regex.Pattern;

/**
 * Normalises labels, titles and header texts for matching: removes whitespace (OCR and wrapping
 * spaces), markdown emphasis, book-title marks, and unifies brackets and quotes. {@link #key} also strips
 * leading ordinals ({@code 一、}, {@code （三）}, {@code 1、}, {@code (2)}) and the {@code 其中：} prefix.
 */
final class Labels {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:：。，,]+$");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)][、.．]?|\\d+[、.．](?!\\d)|其中[:：])+");

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
        String prev;
        while (mayStartWithOrdinal(t)) {
            prev = t;
            t = ORDINAL.matcher(t).replaceFirst("");
            if (t.equals(prev)) {
                break;
            }
        }
        return mayEndWithPunctuation(t) ? TRAILING_PUNCTUATION.matcher(t).replaceAll("") : t;
    }

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String ORDINAL_MARKS = "、.．";

    /**
     * Pre-filter of {@link #ORDINAL}: whether one of its alternatives can match at the start — numerals or
     * digits followed by 、.．, 其中 followed by a colon, or an opening bracket (left to the regex).
     */
    private static boolean mayStartWithOrdinal(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '(' || c == '（') {
            return true;
        }
        if (c == '其') {
            return t.length() > 2 && t.charAt(1) == '中' && (t.charAt(2) == ':' || t.charAt(2) == '：');
        }
        int i = 0;
        if (c >= '0' && c <= '9') {
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
        } else if (NUMERALS.indexOf(c) >= 0) {
            while (i < t.length() && NUMERALS.indexOf(t.charAt(i)) >= 0) {
                i++;
            }
        } else {
            return false;
        }
        return i < t.length() && ORDINAL_MARKS.indexOf(t.charAt(i)) >= 0;
    }

    /** Literal pre-filter of {@link #TRAILING_PUNCTUATION} ({@code $} also matches before a final line terminator). */
    private static boolean mayEndWithPunctuation(String t) {
        return !t.isEmpty() && ":：。，,\n\r\u0085\u2028\u2029".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The text without leading ordinals ({@code 九、卫生健康支出} → {@code 卫生健康支出}), otherwise as written. */
    static String withoutOrdinal(String s) {
        String t = s;
        String prev;
        while (mayStartWithOrdinal(t)) {
            prev = t;
            t = ORDINAL.matcher(t).replaceFirst("");
            if (t.equals(prev)) {
                break;
            }
        }
        return t.isEmpty() ? s : t;
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
