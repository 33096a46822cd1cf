package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;

import java.util.List;

/**
 * A document decoded to lines, with what the decoder noticed on the way (a BOM, a GB18030 file,
 * a file cut off in the middle of a character).
 *
 * @param document             the decoded text
 * @param issues               warnings about the decoding; never null
 * @param endsOnSpreadsheetRow whether the last non-blank line is a row of a sheet saved as CSV ({@link CsvTables}): a
 *                             sheet ends on its last row, so that is no sign of a file cut off inside a table
 */
public record DecodedDocument(SourceDocument document, List<ParseIssue> issues, boolean endsOnSpreadsheetRow) {
    public DecodedDocument {
        issues = List.copyOf(issues);
    }

    /** A document that does not end on a spreadsheet's row. */
    public DecodedDocument(SourceDocument document, List<ParseIssue> issues) {
        this(document, issues, false);
    }
}
