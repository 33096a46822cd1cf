package org.fiscallens.web.items;

import java.util.regex.Pattern;
import org.fiscallens.web.http.HttpError;

/**
 * What a user typed into the item search ({@code q}), read as either a code prefix ({@code 2101}, {@code ２１０１})
 * or a fragment of an item's name ({@code 医疗救助}, {@code 卫生健康支出（类）}). Name fragments lose spaces, a
 * level mark such as {@code （类）} and a trailing {@code 支出}, because documents name the same item with and
 * without them ({@code 卫生健康支出} / {@code 卫生健康}). An empty query browses the 类 (3-digit codes).
 *
 * @param codePrefix digits every matching code starts with; empty for any
 * @param name       a fragment every matching name contains; empty for any
 * @param maxLength  the longest code wanted: 3 when browsing, else 7
 * @param text       the query as the user typed it (trimmed), for the search box
 */
public record ItemQuery(String codePrefix, String name, int maxLength, String text) {
    static final int MAX_CHARS = 40;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");
    private static final Pattern LEVEL_MARK = Pattern.compile("[(（][类款项][)）]");

    /** Reads {@code raw}; null or blank browses. Throws {@link HttpError.BadParameter} for over 40 characters. */
    public static ItemQuery of(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_CHARS) {
            throw new HttpError.BadParameter("q", raw, "at most " + MAX_CHARS + " characters: a code or part of a name");
        }
        String compact = compact(text);
        if (compact.isEmpty()) {
            return new ItemQuery("", "", 3, "");
        }
        if (DIGITS.matcher(compact).matches()) {
            return new ItemQuery(compact, "", 7, text);
        }
        String name = LEVEL_MARK.matcher(compact).replaceAll("");
        if (name.endsWith("支出") && name.length() > 3) {
            name = name.substring(0, name.length() - 2);
        }
        return new ItemQuery("", name.isEmpty() ? compact : name, 7, text);
    }

    /**
     * The query as words to look for in the documents' lines: as typed, without spaces, digits half-width (so
     * {@code 离休 干部} finds 离休干部); empty when fewer than two characters were typed (too common to list).
     */
    public String words() {
        String compact = compact(text);
        return compact.length() < 2 ? "" : compact;
    }

    /** True when nothing was typed: the page lists the 类. */
    public boolean browsing() {
        return text.isEmpty();
    }

    /** {@code s} without spaces (ideographic ones too), digits half-width. */
    private static String compact(String s) {
        return halfWidthDigits(s).replaceAll("[\\s\\u3000]+", "");
    }

    private static String halfWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }
}
