package org.fiscallens.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
