package org.fiscallens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five real seed disclosures (Surefire passes their folder as {@code fiscallens.disclosures}). */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        String dir = System.getProperty("fiscallens.disclosures");
        if (dir == null) {
            Path here = Path.of("").toAbsolutePath();
            while (here != null && !Files.isDirectory(here.resolve("data/disclosures"))) {
                here = here.getParent();
            }
            if (here == null) {
                throw new IllegalStateException("set -Dfiscallens.disclosures to the seed folder");
            }
            return here.resolve("data/disclosures");
        }
        return Path.of(dir);
    }

    /** The seed whose file name starts with {@code prefix} ("000" … "004"). */
    public static Path seed(String prefix) {
        try (var files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String prefix) {
        try {
            return Files.readAllBytes(seed(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
