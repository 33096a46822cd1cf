package org.fiscallens.checks;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.source.SourceDocument;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;

import java.util.List;

/**
 * Everything a check may look at for one document. {@code document} may be null when checks run on
 * constructed records (unit tests); rules that need the text then skip. {@code figures} indexes the line
 * items once per document for every rule that looks figures up.
 */
public record CheckContext(DocumentInfo info, SourceDocument document, List<LineItem> lineItems,
                           List<TableStatus> tables, List<NarrativeFact> facts, List<ThreePublicExpense> threePublic,
                           List<ParseIssue> issues, ClassificationCatalog catalog, Tolerances tolerances,
                           Figures figures) {
    public CheckContext(DocumentInfo info, SourceDocument document, List<LineItem> lineItems,
                        List<TableStatus> tables, List<NarrativeFact> facts, List<ThreePublicExpense> threePublic,
                        List<ParseIssue> issues, ClassificationCatalog catalog, Tolerances tolerances) {
        this(info, document, lineItems, tables, facts, threePublic, issues, catalog, tolerances,
                new Figures(List.copyOf(lineItems)));
    }

    public CheckContext {
        lineItems = List.copyOf(lineItems);
        tables = List.copyOf(tables);
        facts = List.copyOf(facts);
        threePublic = List.copyOf(threePublic);
        issues = List.copyOf(issues);
    }

    public String docId() {
        return info.docId();
    }
}
