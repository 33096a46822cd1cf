package org.fiscallens.catalog;

import java.util.List;

/**
 * One classification code with the name it carries in a span of years (科目).
 *
 * @param scheme   {@code function} (支出功能分类), {@code dept_economic} (部门经济分类), {@code gov_economic} (政府经济分类)
 * @param code     3/5/7 digits (function) or 3/5 digits (economic)
 * @param name     the official name in those years
 * @param level    {@code 类}, {@code 款} or {@code 项}
 * @param parent   the parent code (one level up), or null for a 类
 * @param fromYear first fiscal year the name applies, or null when open
 * @param toYear   last fiscal year the name applies, or null when open
 * @param aliases  other names documents use for the code
 * @param source   {@code reference} (our data file) or {@code document:<doc_id>} (seen in a parsed document)
 */
public record CatalogEntry(String scheme, String code, String name, String level, String parent, Integer fromYear,
                           Integer toYear, List<String> aliases, String source) {
    public CatalogEntry {
        aliases = List.copyOf(aliases);
    }

    /** Whether the name applies in {@code year}; a null year matches every span. */
    public boolean validIn(Integer year) {
        return year == null || ((fromYear == null || year >= fromYear) && (toYear == null || year <= toYear));
    }

    /** 类/款/项 from the number of digits of a code of {@code scheme}. */
    public static String levelOf(String scheme, String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "function".equals(scheme) ? "项" : null;
            default -> null;
        };
    }

    /** The parent code, or null for a 类. */
    public static String parentOf(String code) {
        return switch (code.length()) {
            case 5 -> code.substring(0, 3);
            case 7 -> code.substring(0, 5);
            default -> null;
        };
    }
}
