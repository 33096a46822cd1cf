package org.fiscallens.checks;

import org.fiscallens.ingest.source.DataResource;
import org.fiscallens.ingest.table.LineItem;

import java.util.HashMap;
import java.util.Map;

/**
 * Chinese names (中文名称) for the keys that check explanations mention: measures (columns), narrative fact
 * kinds and statements, 三公 categories and code schemes, read from {@code labels-zh.tsv}; tables are named as the
 * document prints them. A key the file does not name is shown as it is.
 */
public final class ChineseLabels {
    private static final Map<String, Map<String, String>> LABELS = load(); // kind → key → name

    private ChineseLabels() {
    }

    /** The Chinese name of a measure key ({@code basic}: 基本支出; {@code personnel.301}: 人员经费·301); the key itself when unnamed, — for null. */
    public static String measure(String key) {
        if (key == null) {
            return "—";
        }
        int dot = key.indexOf('.');
        return dot < 0 ? of("measure", key) : of("measure", key.substring(0, dot)) + "·" + key.substring(dot + 1);
    }

    static String factKind(String key) {
        return of("fact", key);
    }

    static String statement(String key) {
        return of("statement", key);
    }

    /** The Chinese name of a 三公 category key ({@code overseas}: 因公出国（境）费); the key itself when unnamed. */
    public static String category(String key) {
        return of("category", key);
    }

    static String scheme(String key) {
        return of("scheme", key);
    }

    /** The table a line item was read from as the document names it: its number and title as printed. */
    static String table(LineItem i) {
        String title = i.tableTitle() == null || i.tableTitle().isBlank() ? i.tableKind() : i.tableTitle();
        return i.tableCode() == null ? title : i.tableCode() + " " + title;
    }

    private static String of(String kind, String key) {
        if (key == null) {
            return "—";
        }
        return LABELS.getOrDefault(kind, Map.of()).getOrDefault(key, key);
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (DataResource.Line line : DataResource.lines(ChineseLabels.class, "labels-zh.tsv")) {
            String[] f = line.fields();
            if (f.length != 3) {
                throw new IllegalStateException("labels-zh.tsv line " + line.number()
                        + ": expected kind, key and name separated by tabs");
            }
            out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2]);
        }
        out.replaceAll((kind, names) -> Map.copyOf(names));
        return Map.copyOf(out);
    }
}
