package org.fiscallens.catalog;

/** Comparison form of classification names: no spaces, ASCII parentheses, no markdown, no trailing punctuation. */
public final class Names {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s*\u3000]+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[(（]?[一二三四五六七八九十]+[)）]|\\d+[、.．])");
    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("[。：:；;，,]+$");

    /** Names repeat across documents; normalised forms are cached (bounded). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String n = compute(name);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(name, n);
        }
        return n;
    }

    private static String compute(String name) {
        String n = SPACES.matcher(name).replaceAll("").replace('（', '(').replace('）', ')');
        n = ORDINAL.matcher(n).replaceFirst("");
        return TRAILING.matcher(n).replaceFirst("");
    }

    /** The name without a trailing 支出, so 卫生健康 and 卫生健康支出 compare equal. */
    public static String stem(String name) {
        String n = normalise(name);
        return n.endsWith("支出") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }
}
