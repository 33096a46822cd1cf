package org.fiscallens.ingest.table;

import org.fiscallens.ingest.Extraction;

import java.util.List;

/**
 * What the table extractor read from one document: the numeric cells as line items (with issues and the
 * lines it explained) and the presence status of every table it knows for the document's kind.
 */
public record TableExtraction(Extraction<LineItem> lineItems, List<TableStatus> tables) {
    public TableExtraction {
        tables = List.copyOf(tables);
    }
}
