package org.fiscallens.ingest.table;

import java.util.regex.Pattern;

/**
 * Normalises labels, titles and header texts for matching: removes whitespace (OCR and wrapping
 * spaces), markdown emphasis, book-title marks, and unifies brackets and quotes. {@link #key} also strips
 * leading ordinals ({@code 一、}, {@code （三）}, {@code 1、}, {@code (2)}) and the {@code 其中：} prefix.
 */
final class Labels {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern MARKUP = Pattern.compile("[*#《》<>]|</?u>|^-\\s*");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)][、.．]?|\\d+[、.．](?!\\d)|其中[:：])+");

    private Labels() {
    }

    /** The text without spaces and markup, brackets and colons unified to ASCII. */
    static String compact(String s) {
        if (s == null) {
            return "";
        }
        String t = SPACES.matcher(s).replaceAll("");
        t = MARKUP.matcher(t).replaceAll("");
        return t.replace('（', '(').replace('）', ')').replace('：', ':')
                .replace('“', '"').replace('”', '"').replace('＂', '"');
    }

    /** {@link #compact} without leading ordinals, for matching a row label against known names. */
    static String key(String s) {
        String t = compact(s);
        String prev;
        do {
            prev = t;
            t = ORDINAL.matcher(t).replaceFirst("");
        } while (!t.equals(prev));
        return t.replaceAll("[:：。，,]+$", "");
    }

    /** The text without leading ordinals ({@code 九、卫生健康支出} → {@code 卫生健康支出}), otherwise as written. */
    static String withoutOrdinal(String s) {
        String t = s;
        String prev;
        do {
            prev = t;
            t = ORDINAL.matcher(t).replaceFirst("");
        } while (!t.equals(prev));
        return t.isEmpty() ? s : t;
    }

    /** True when the text carries a letter or ideograph (not just punctuation or OCR specks). */
    static boolean hasWord(String s) {
        return s != null && s.codePoints().anyMatch(Character::isLetter);
    }
}
