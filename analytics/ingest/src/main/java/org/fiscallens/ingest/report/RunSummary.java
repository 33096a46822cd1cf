package org.fiscallens.ingest.report;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;

import java.util.ArrayList;
import java.util.List;

/** The index of one ingest run: one line per document with its outcome and counts. */
public final class RunSummary {
    private final List<String> rows = new ArrayList<>();
    private int ingested;
    private int skipped;

    public void add(ParsedDisclosure p, String reportFile) {
        var d = p.document();
        boolean skip = DisclosureParser.UNREADABLE.equals(d.layout()) || DisclosureParser.UNRECOGNISED.equals(d.layout());
        if (skip) {
            skipped++;
        } else {
            ingested++;
        }
        long failedChecks = p.checks().stream().filter(c -> !c.passed()).count();
        long unexplained = p.issues().stream().filter(i -> "unexplained_data_line".equals(i.kind())).count();
        long errors = p.issues().stream().filter(i -> "error".equals(i.severity())).count();
        rows.add(String.format("| %s | %s | %s | %s | %s | %d | %d/%d | %d | %d | [report](%s) |",
                d.sourcePath(), skip ? "SKIPPED (" + d.layout() + ")" : "ingested", nz(d.departmentName()),
                d.fiscalYear() == null ? "—" : d.fiscalYear(), d.kind() == null ? "—" : d.kind().zh(),
                p.lineItems().size(), failedChecks, p.checks().size(), errors, unexplained, reportFile));
    }

    public String render() {
        StringBuilder sb = new StringBuilder("# Ingest run\n\n");
        sb.append(ingested).append(" document(s) ingested, ").append(skipped).append(" skipped.\n\n");
        sb.append("| file | outcome | department | year | kind | line items | failed/run checks | error issues | unexplained data lines | report |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
