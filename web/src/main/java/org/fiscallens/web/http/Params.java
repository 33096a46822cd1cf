package org.fiscallens.web.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and validates request parameters. Every method either returns a well-formed value or throws
 * {@link HttpError.BadParameter} naming the parameter; nothing unvalidated reaches a query.
 */
public final class Params {
    /**
     * Department and document ids: letters of any script (department ids are normalised names such as
     * {@code 乌鲁木齐市医疗保障局(本级)}), digits, {@code _ - . : ( ) （ ）}; at most 80 characters; never a
     * path ({@code /}, {@code \\}) and never only dots.
     */
    static final Pattern ID = Pattern.compile("(?!\\.+$)[\\p{L}\\p{N}_.:()（）\\-]{1,80}");
    static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    static final Pattern RANGE = Pattern.compile("((?:19|20)\\d\\d)\\s*[-–~]\\s*((?:19|20)\\d\\d)");
    /** A 功能分类 (类 3, 款 5, 项 7 digits) or 经济分类 code. */
    private static final Pattern ITEM_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Set<String> LEVELS = Set.of("all", "total", "class", "section", "item");
    private static final int MAX_DEPARTMENTS = 12;

    private Params() {
    }

    /** A fiscal year such as 2024; null when absent or empty. */
    public static Integer year(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.trim();
        if (!YEAR.matcher(v).matches()) {
            throw new HttpError.BadParameter(name, raw, "a four-digit year such as 2024");
        }
        return Integer.parseInt(v);
    }

    /** At most how many rows an API request wants ({@code limit}); every row when absent or empty. */
    public static int limit(String name, String raw) {
        return count(name, raw, Integer.MAX_VALUE, 1, 999_999_999, "a number of rows from 1");
    }

    /** How many rows an API request skips ({@code offset}); 0 when absent or empty. */
    public static int offset(String name, String raw) {
        return count(name, raw, 0, 0, 999_999_999, "a number of rows to skip from 0");
    }

    /** A 1-based page number of a long table; 1 when absent or empty. */
    public static int page(String name, String raw) {
        return count(name, raw, 1, 1, 9_999_999, "a page number from 1");
    }

    private static int count(String name, String raw, int absent, int min, int max, String expected) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        String v = raw.trim();
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new HttpError.BadParameter(name, raw, expected);
        }
        return Integer.parseInt(v);
    }

    public static Integer year(Context ctx, String name) {
        return year(name, ctx.queryParam(name));
    }

    /**
     * Years as {@code 2024} or a range {@code 2023-2025}; empty when absent.
     */
    public static YearRange years(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return YearRange.ALL;
        }
        String v = raw.trim();
        var m = RANGE.matcher(v);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from > to) {
                throw new HttpError.BadParameter(name, raw, "a range from an earlier to a later year, e.g. 2023-2025");
            }
            return new YearRange(from, to);
        }
        Integer y = year(name, v);
        return new YearRange(y, y);
    }

    /** Whether {@code raw} is a 功能分类 or 经济分类 code (3, 5 or 7 digits). */
    public static boolean isItemCode(Object raw) {
        return raw != null && ITEM_CODE.matcher(raw.toString()).matches();
    }

    /** A 功能分类 or 经济分类 code of 3, 5 or 7 digits. */
    public static String itemCode(String name, String raw) {
        if (!isItemCode(raw)) {
            throw new HttpError.BadParameter(name, raw, "a 功能分类 or 经济分类 code of 3, 5 or 7 digits");
        }
        return raw;
    }

    /** A department or document id. */
    public static String id(String name, String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new HttpError.BadParameter(name, raw, "an id of letters, digits, '_', '-', '.', ':', brackets");
        }
        return raw;
    }

    /**
     * Department ids from repeated {@code name=} parameters and/or comma-separated lists, in order, without
     * duplicates, at most 12.
     */
    public static List<String> ids(String name, List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(id(name, part.trim()));
                }
            }
        }
        if (out.size() > MAX_DEPARTMENTS) {
            throw new HttpError.BadParameter(name, String.join(",", out), "at most " + MAX_DEPARTMENTS + " departments");
        }
        return new ArrayList<>(out);
    }

    /** A positive line number; null when absent. */
    public static Integer line(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new HttpError.BadParameter(name, raw, "a positive line number");
        }
    }

    /** 功能分类 level: all, total, class (类), section (款), item (项); default all. */
    public static String level(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return "all";
        }
        if (!LEVELS.contains(raw)) {
            throw new HttpError.BadParameter(name, raw, "one of all, class, section, item");
        }
        return raw;
    }

    /** One of the allowed values; the default when absent. */
    public static String oneOf(String name, String raw, String fallback, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(raw)) {
            throw new HttpError.BadParameter(name, raw, "one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return raw;
    }

    /** Response format: {@code json} (default) or {@code csv}. */
    public static String format(Context ctx) {
        return oneOf("format", ctx.queryParam("format"), "json", Set.of("json", "csv"));
    }

    /** An inclusive range of fiscal years; {@link #ALL} when unrestricted. */
    public record YearRange(Integer from, Integer to) {
        public static final YearRange ALL = new YearRange(null, null);

        public boolean contains(Integer year) {
            return year != null && (from == null || year >= from) && (to == null || year <= to);
        }

        public boolean isAll() {
            return from == null;
        }

        /** As typed in the URL: {@code 2024}, {@code 2023-2025} or empty. */
        public String text() {
            if (from == null) {
                return "";
            }
            return from.equals(to) ? from.toString() : from + "-" + to;
        }
    }
}
