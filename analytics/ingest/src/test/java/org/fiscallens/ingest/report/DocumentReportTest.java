package org.fiscallens.ingest.report;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.Seeds;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReportTest {
    @Test
    void reportShowsRecognitionTablesChecksAndEveryUnexplainedLine() {
        ParsedDisclosure p = DisclosureParser.standard().parse(Seeds.seed("002"));
        String report = DocumentReport.render(p);
        assertThat(report).contains("新乡县医疗保障局", "河南省 / 新乡市 / 新乡县", "fiscal year:         2026",
                "预算 (budget)", "万元", "budget.henan", "## Tables (", "## Checks (", "## Data-looking lines not understood (");
        p.tables().forEach(t -> assertThat(report).contains(t.tableKind()));
        p.checks().stream().filter(c -> !c.passed()).forEach(c -> assertThat(report).contains(c.message()));
        p.issues().stream().filter(i -> i.kind().equals("unexplained_data_line"))
                .forEach(i -> assertThat(report).contains("line " + i.line() + ": " + i.message()));
    }

    @Test
    void skippedDocumentSaysWhy() {
        byte[] garbage = new byte[512];
        new Random(3).nextBytes(garbage);
        String report = DocumentReport.render(DisclosureParser.standard().parse("junk.bin", garbage));
        assertThat(report).startsWith("# junk.bin").contains("SKIPPED", "unreadable_document", "binary data");
    }
}
