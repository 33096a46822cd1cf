package org.fiscallens.jobs;

import org.fiscallens.jobs.warehouse.BuildAttention;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a published build did: documents, rows per warehouse table, rows inserted per load step (a record table
 * or a metric, by name; {@code checks} gets both), wall time per stage (ms), time summed over
 * the parse tasks per step (ms, {@link org.fiscallens.jobs.parse.ParseTimes}) plus {@code parse.jit}, the JIT's
 * compiler-thread time in the driver JVM during the parse stage (ms; in local mode that JVM ran the tasks, on a
 * cluster the executors compile on their own), and the content hash (same inputs
 * and parameters → same hash); the staged Parquet folder when it was kept, else null; and what the user should
 * look at in the documents read ({@link BuildAttention}: skipped or cut-off documents, numbers not read, failed
 * checks), never null; and the files of the input folder that were not read because they are not text, Markdown
 * HTML, CSV, Excel or Word ({@code DisclosureFiles}), as the build names them (input folder + relative path), sorted.
 */
public record BuildReport(int documents, Map<String, Long> rows, Map<String, Long> loadedRows, Map<String, Long> stageMillis,
                          Map<String, Long> taskMillis, String contentHash, java.nio.file.Path staging,
                          BuildAttention attention, java.util.List<String> ignoredFiles) {
    public BuildReport {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        loadedRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loadedRows));
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        taskMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(taskMillis));
        java.util.Objects.requireNonNull(attention, "attention");
        ignoredFiles = java.util.List.copyOf(ignoredFiles);
    }

    public long recordsLoaded() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
