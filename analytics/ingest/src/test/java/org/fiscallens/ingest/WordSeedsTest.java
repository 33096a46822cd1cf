package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed written as the Word document it was extracted from ({@code .docx}: each line of prose a paragraph, each
 * run of tab-separated lines a table, a row per line and a cell per tab-separated cell) gives the records of the
 * original on the same lines, and one {@code word_document_read} note more.
 */
class WordSeedsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSeedAsAWordDocumentGivesTheSameRecords(String prefix) throws IOException {
        RewrittenSeed seed = RewrittenSeed.of(prefix, rows -> rows.stream().map(r -> String.join("\t", r)).toList(), 0);
        ParsedDisclosure parsed = DisclosureParser.standard().parse(seed.seed().path(), docx(seed.seed().lines()));
        assertThat(parsed.document().encoding()).isEqualTo("docx");
        seed.assertSameRecords(parsed);
        ParsedDisclosure clean = seed.seed().clean();
        assertThat(parsed.issues()).filteredOn(i -> i.kind().equals("word_document_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains(" table(s)").doesNotContain(" 0 table(s)"));
        assertThat(parsed.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals("word_document_read")).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    private static byte[] docx(String[] lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int n = 0; n < lines.length; ) {
                if (lines[n].indexOf('\t') < 0) {
                    doc.createParagraph().createRun().setText(lines[n++]);
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                while (n < lines.length && lines[n].indexOf('\t') >= 0) {
                    rows.add(lines[n++].split("\t", -1));
                }
                XWPFTable table = doc.createTable(rows.size(), 1);
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    String[] cells = rows.get(r);
                    row.getCell(0).setText(cells[0].strip());
                    for (int k = 1; k < cells.length; k++) {
                        row.addNewTableCell().setText(cells[k].strip());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
