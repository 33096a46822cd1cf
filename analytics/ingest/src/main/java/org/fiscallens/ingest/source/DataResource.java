package org.fiscallens.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data lines of a UTF-8 classpath resource that holds rules or word lists (layouts are data):
 * blank lines and lines starting with {@code #} are comments. A missing or unreadable resource is a
 * packaging error and throws, naming the resource.
 */
public final class DataResource {
    private DataResource() {
    }

    /** One data line: its 1-based number in the resource and its text. */
    public record Line(int number, String text) {
        /** The text split at tabs, keeping empty trailing fields. */
        public String[] fields() {
            return text.split("\t", -1);
        }
    }

    /** The data lines of {@code resource}, looked up relative to {@code anchor}. */
    public static List<Line> lines(Class<?> anchor, String resource) {
        return read(anchor, resource, false);
    }

    /**
     * The lines of a resource made of {@code [section]} headers each followed by its lines (stripped, comments
     * and blank lines dropped), in file order. A line before the first header or a repeated header throws,
     * naming resource and line.
     */
    public static Map<String, List<Line>> sections(Class<?> anchor, String resource) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<Line> current = null;
        for (Line line : read(anchor, resource, true)) {
            String t = line.text();
            if (t.startsWith("[") && t.endsWith("]")) {
                current = new ArrayList<>();
                if (sections.put(t.substring(1, t.length() - 1), current) != null) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": duplicate section " + t);
                }
            } else if (current == null) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected [section]: " + t);
            } else {
                current.add(line);
            }
        }
        return sections;
    }

    private static List<Line> read(Class<?> anchor, String resource, boolean strip) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = r.readLine()) != null) {
                number++;
                if (strip) {
                    text = text.strip();
                }
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(lines);
    }
}
