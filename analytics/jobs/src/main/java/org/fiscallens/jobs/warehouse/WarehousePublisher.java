package org.fiscallens.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Atomic publication of a warehouse file. The build writes {@code .<name>.building-<pid>} next to the
 * target; only when it is complete and validated is it moved over the target with {@code ATOMIC_MOVE}, so a
 * reader sees the old file or the new one, never a half-built one. A failed build deletes its temp file,
 * leaves the previous warehouse untouched and writes the reason to {@code <name>.last-failure.txt}. Temp
 * files left by a killed build (its process no longer alive) are removed by the next build.
 */
public final class WarehousePublisher {
    /** Builds the complete warehouse into the given (not yet existing) file. */
    @FunctionalInterface
    public interface Build {
        void into(Path tempFile) throws Exception;
    }

    private final WarehouseValidator validator;

    public WarehousePublisher(WarehouseValidator validator) {
        this.validator = validator;
    }

    /** Runs {@code build} into a temp file and publishes it over {@code target}; throws with the reason otherwise. */
    public void publish(Path target, Build build) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        Path temp = dir.resolve("." + name + ".building-" + ProcessHandle.current().pid());
        Path failure = dir.resolve(name + ".last-failure.txt");
        try {
            Files.createDirectories(dir);
            removeAbandoned(dir, name);
            deleteWithWal(temp);
            build.into(temp);
            List<String> problems = validator.validate(temp);
            if (!problems.isEmpty()) {
                throw new BuildFailedException("validation failed, previous warehouse kept: " + String.join("; ", problems));
            }
            Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
            Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(failure);
        } catch (Exception e) {
            quietlyDelete(temp);
            BuildFailedException failed = e instanceof BuildFailedException b ? b
                    : new BuildFailedException("warehouse build failed, previous warehouse kept: " + e, e);
            recordFailure(failure, failed);
            throw failed;
        }
    }

    /** Temp files of builds whose process is gone (killed or crashed). */
    static void removeAbandoned(Path dir, String name) throws IOException {
        String prefix = "." + name + ".building-";
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String f = p.getFileName().toString();
                if (!f.startsWith(prefix)) {
                    continue;
                }
                String pid = f.substring(prefix.length()).replace(".wal", "");
                boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void deleteWithWal(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
    }

    private static void quietlyDelete(Path temp) {
        try {
            deleteWithWal(temp);
        } catch (IOException e) {
            // the next build removes it as abandoned
        }
    }

    private static void recordFailure(Path failure, BuildFailedException e) {
        try {
            Files.writeString(failure, Instant.now() + " " + e.getMessage() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException io) {
            e.addSuppressed(new UncheckedIOException("cannot write " + failure, io));
        }
    }
}
