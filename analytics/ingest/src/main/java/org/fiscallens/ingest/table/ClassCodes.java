package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.DataResource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 类-level codes of the three classifications (resource {@code ingest/tables/classes.tsv}): which code
 * prefixes are valid for a classification, and which 功能分类 类 a name like {@code 卫生健康} or
 * {@code 十、卫生健康支出} denotes. Normalises codes however printed ({@code 210 15 01} → {@code 2101501}).
 */
public final class ClassCodes {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");
    private static final ClassCodes STANDARD = load("/ingest/tables/classes.tsv");

    private final Map<String, Set<String>> prefixes;
    private final Map<String, String> functionByName;
    private final Map<String, String> economicByName;

    private ClassCodes(Map<String, Set<String>> prefixes, Map<String, String> functionByName,
                       Map<String, String> economicByName) {
        this.prefixes = prefixes;
        this.functionByName = functionByName;
        this.economicByName = economicByName;
    }

    static ClassCodes standard() {
        return STANDARD;
    }

    /**
     * Digits of a code cell or of split 类/款/项 cells, or empty when the text is not a code: the text without
     * whitespace ({@code [\s\u3000]}) must be 3, 5 or 7 ASCII digits ({@code \d{3}(\d{2}){0,2}}). Runs on every
     * cell, so it scans instead of matching regexes.
     */
    /**
     * Whether {@code cell} has a 功能分类 or 经济分类 code's shape: 3, 5 or 7 digits ({@link #normalise}) starting with
     * 2, 3 or 5 ({@code 210}, {@code 30202}, {@code 50502}, {@code 2101501}). Where such a number stands beside a
     * name it is a code; other numbers there are amounts ({@code 80000} in 元).
     */
    public static boolean shaped(String cell) {
        Optional<String> code = normalise(cell == null ? null : cell.strip());
        return code.isPresent() && "235".indexOf(code.get().charAt(0)) >= 0;
    }

    static Optional<String> normalise(String text) {
        if (text == null || text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return Optional.empty();
        }
        int digits = 0;
        boolean spaced = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000') {
                spaced = true;
            } else {
                return Optional.empty();
            }
        }
        if (digits != 3 && digits != 5 && digits != 7) {
            return Optional.empty();
        }
        return Optional.of(spaced ? SPACES.matcher(text).replaceAll("") : text);
    }

    /** Whether {@code code} is a well-formed code of {@code classification} (3/5/7 digits, known 类). */
    boolean valid(String classification, String code) {
        if (code == null || code.length() < 3) {
            return false;
        }
        int max = "function".equals(classification) ? 7 : 5;
        return code.length() <= max && code.length() % 2 == 1
                && prefixes.getOrDefault(classification, Set.of()).contains(code.substring(0, 3));
    }

    /** The classification a code belongs to by its 类 prefix, trying {@code preferred} first. */
    Optional<String> classify(String code, String preferred) {
        if (valid(preferred, code)) {
            return Optional.of(preferred);
        }
        return Optional.empty();
    }

    /** The 3-digit 功能分类 类 code a label names, if it names one. */
    Optional<String> functionClass(String label) {
        return Optional.ofNullable(functionByName.get(Labels.key(label)));
    }

    /** The 3-digit 部门经济分类 类 code a label names ({@code 工资福利支出} → 301), if it names one. */
    Optional<String> economicClass(String label) {
        return Optional.ofNullable(economicByName.get(Labels.key(label)));
    }

    /** 类 / 款 / 项 for function codes of 3/5/7 digits; 类 / 款 for economic codes. */
    static String level(String code) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> null;
        };
    }

    private static ClassCodes load(String resource) {
        Map<String, Set<String>> prefixes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> economic = new HashMap<>();
        for (DataResource.Line data : DataResource.lines(ClassCodes.class, resource)) {
            String line = data.text();
            String[] f = line.split("\t", -1);
            prefixes.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
            if ("dept_economic".equals(f[0])) {
                economic.put(Labels.key(f[2]), f[1]);
            }
            if ("function".equals(f[0])) {
                names.put(Labels.key(f[2]), f[1]);
                if (f.length > 3 && !f[3].isBlank()) {
                    for (String alias : f[3].split("\\|")) {
                        names.put(Labels.key(alias), f[1]);
                    }
                }
            }
        }
        return new ClassCodes(Map.copyOf(prefixes), Map.copyOf(names), Map.copyOf(economic));
    }
}
