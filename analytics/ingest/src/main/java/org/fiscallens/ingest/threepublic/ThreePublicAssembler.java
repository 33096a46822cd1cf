package org.fiscallens.ingest.threepublic;

import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;

import java.util.List;

/**
 * Gathers a document's 三公经费 figures per category, budget vs actual, from its 三公 table
 * (line items of table kind {@code three_public}, whose {@code code} holds the category key) and from
 * its prose (facts of statement {@code three_public}), including counts (vehicles, batches, persons).
 */
public final class ThreePublicAssembler {
    public List<ThreePublicExpense> assemble(DocumentInfo info, List<LineItem> lineItems, List<NarrativeFact> facts) {
        return List.of();
    }
}
