package org.fiscallens.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed warehouse the jobs module builds at {@code package}, at system property {@code fiscallens.warehouse}. */
public final class SeedWarehouse {
    private SeedWarehouse() {
    }

    /** @throws IllegalStateException naming the path and how to build it, when it is missing */
    public static Path path() {
        String p = System.getProperty("fiscallens.warehouse");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property fiscallens.warehouse is not set (Surefire sets it to "
                    + "<root>/target/seed-warehouse/disclosures.duckdb)");
        }
        Path file = Path.of(p);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("seed warehouse missing: " + file.toAbsolutePath() + " — build it first with "
                    + "`mvn -o -pl analytics/jobs -am package -DskipTests` (or run `mvn verify` from the root)");
        }
        return file;
    }
}
