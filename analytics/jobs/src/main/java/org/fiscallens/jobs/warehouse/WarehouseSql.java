package org.fiscallens.jobs.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SQL the build runs against the warehouse, kept as resources {@code warehouse/<name>.sql}. */
public final class WarehouseSql {
    private WarehouseSql() {
    }

    /**
     * The text of {@code warehouse/<name>} without its {@code --} comments. A missing resource is a packaging error
     * (IllegalStateException naming it).
     */
    public static String text(String name) {
        String resource = "/warehouse/" + name;
        try (InputStream in = WarehouseSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
