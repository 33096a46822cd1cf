package org.fiscallens.jobs.parse;

import java.util.Map;

/**
 * What the parse stage staged: rows per record table (summed over tasks; a loader must find exactly these) and
 * the time the tasks spent per step ({@link ParseTimes#millis()}).
 */
public record StagedRecords(Map<String, Long> rows, Map<String, Long> taskMillis) {
    public StagedRecords {
        rows = Map.copyOf(rows);
        taskMillis = Map.copyOf(taskMillis);
    }
}
