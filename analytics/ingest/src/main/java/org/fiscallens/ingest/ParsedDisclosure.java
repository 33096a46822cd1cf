package org.fiscallens.ingest;

import org.fiscallens.checks.Check;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.performance.PerformanceProject;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;

import java.util.List;

/**
 * Everything read from one disclosure document: the normalised records (each with its source line),
 * the consistency checks run on them, and every issue met on the way.
 */
public record ParsedDisclosure(DocumentInfo document, List<LineItem> lineItems, List<TableStatus> tables,
                               List<NarrativeFact> narrativeFacts, List<ThreePublicExpense> threePublic,
                               List<PerformanceProject> performanceProjects, List<Check> checks,
                               List<ParseIssue> issues) {
    public ParsedDisclosure {
        lineItems = List.copyOf(lineItems);
        tables = List.copyOf(tables);
        narrativeFacts = List.copyOf(narrativeFacts);
        threePublic = List.copyOf(threePublic);
        performanceProjects = List.copyOf(performanceProjects);
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
    }
}
