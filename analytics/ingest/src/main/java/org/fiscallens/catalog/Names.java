package org.fiscallens.catalog;

/** Comparison form of classification names: no spaces, ASCII parentheses, no markdown, no trailing punctuation. */
public final class Names {
    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("[\\s*\u3000]+", "")
                .replace('（', '(').replace('）', ')')
                .replaceAll("^[一二三四五六七八九十]+、", "")
                .replaceAll("^[(（]?[一二三四五六七八九十]+[)）]", "")
                .replaceAll("^\\d+[、.．]", "")
                .replaceAll("[。：:；;，,]+$", "");
    }

    /** The name without a trailing 支出, so 卫生健康 and 卫生健康支出 compare equal. */
    public static String stem(String name) {
        String n = normalise(name);
        return n.endsWith("支出") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }
}
