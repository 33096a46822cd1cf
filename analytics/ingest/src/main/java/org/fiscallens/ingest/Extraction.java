package org.fiscallens.ingest;

import java.util.BitSet;
import java.util.List;

/**
 * What one extractor got out of one document: its records, the issues it met, and the lines it
 * accounted for (consumed as data, as headers, or as a declared-empty note), so that the report
 * can list every data-looking line that nobody explained.
 *
 * @param records       extracted records in document order; never null
 * @param issues        problems met; never null
 * @param consumedLines 1-based line numbers this extractor explained; never null
 */
public record Extraction<T>(List<T> records, List<ParseIssue> issues, BitSet consumedLines) {
    public Extraction {
        records = List.copyOf(records);
        issues = List.copyOf(issues);
        consumedLines = (BitSet) consumedLines.clone();
    }

    public static <T> Extraction<T> empty() {
        return new Extraction<>(List.of(), List.of(), new BitSet());
    }
}
