package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a document, possibly printed over several regions (a table continued on the next page repeats
 * its title and header): its layout, code, title, the rows read and whether a note declared it empty.
 */
final class TableInstance {
    final TableDescriptor descriptor;
    final String tableCode;
    final String title;
    final int titleLine;
    final List<RowDraft> rows = new ArrayList<>();
    String declaredEmpty;
    int declaredEmptyLine;

    TableInstance(TableDescriptor descriptor, String tableCode, String title, int titleLine) {
        this.descriptor = descriptor;
        this.tableCode = tableCode;
        this.title = title;
        this.titleLine = titleLine;
    }

    /** Rows that carry at least one amount. */
    int rowCount() {
        return (int) rows.stream().filter(r -> !r.amounts.isEmpty()).count();
    }
}
