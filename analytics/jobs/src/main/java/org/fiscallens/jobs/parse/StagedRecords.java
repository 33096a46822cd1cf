package org.fiscallens.jobs.parse;

import org.fiscallens.jobs.versions.DocumentSummary;

import java.util.List;
import java.util.Map;

/**
 * What the parse stage staged: rows per record table (summed over tasks; a loader must find exactly these), the
 * time the tasks spent per step ({@link ParseTimes#millis()}) and a summary of every document parsed, in input
 * order.
 */
public record StagedRecords(Map<String, Long> rows, Map<String, Long> taskMillis, List<DocumentSummary> documents) {
    public StagedRecords {
        rows = Map.copyOf(rows);
        taskMillis = Map.copyOf(taskMillis);
        documents = List.copyOf(documents);
    }
}
