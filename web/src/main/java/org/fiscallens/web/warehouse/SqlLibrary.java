package org.fiscallens.web.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL statements kept as classpath resources under {@code /sql/}, one file per query, named by path
 * without extension (e.g. {@code execution/ranking}). Values only ever reach a statement as bound parameters.
 */
public final class SqlLibrary {
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException if no resource {@code /sql/<name>.sql} exists */
    public String get(String name) {
        return statements.computeIfAbsent(name, SqlLibrary::load);
    }

    private static String load(String name) {
        String path = "/sql/" + name + ".sql";
        try (InputStream in = SqlLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + path, e);
        }
    }
}
