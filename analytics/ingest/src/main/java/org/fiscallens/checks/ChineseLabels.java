package org.fiscallens.checks;

import org.fiscallens.ingest.table.LineItem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Chinese names (中文名称) for the keys that check explanations mention: measures (columns), narrative fact
 * kinds and statements, 三公 categories and code schemes, read from {@code labels-zh.tsv}; tables are named as the
 * document prints them. A key the file does not name is shown as it is.
 */
final class ChineseLabels {
    private static final Map<String, String> LABELS = load();

    private ChineseLabels() {
    }

    static String measure(String key) {
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

    static String category(String key) {
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
        return LABELS.getOrDefault(kind + '\t' + key, key);
    }

    private static Map<String, String> load() {
        String name = "labels-zh.tsv";
        try (InputStream in = ChineseLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/fiscallens/checks/" + name + " missing from the classpath");
            }
            Map<String, String> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(name + " line " + n + ": expected kind, key and name separated by tabs");
                }
                out.put(f[0] + '\t' + f[1], f[2]);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
