package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed rewritten as a PDF-to-Markdown extractor writes tables (each tab-separated line a {@code | … |} row, a
 * {@code |---|} delimiter row under the first row of each table, the cells of total rows in bold) gives the records
 * of the original, at the lines they moved to, and one {@code markdown_tables_read} note more.
 */
class MarkdownSeedsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSeedWithMarkdownPipeTablesGivesTheSameRecords(String prefix) {
        RewrittenSeed seed = RewrittenSeed.of(prefix, MarkdownSeedsTest::pipeTable, 1);
        long rows = seed.lines().stream().filter(l -> l.startsWith("| ")).count();
        assertThat(rows).as("table rows in seed %s", prefix).isGreaterThan(200);

        ParsedDisclosure md = seed.parse();
        seed.assertSameRecords(md);
        ParsedDisclosure clean = seed.seed().clean();
        assertThat(md.performanceProjects()).extracting(p -> p.projectName() + "|" + p.executed() + "|" + p.score())
                .isEqualTo(clean.performanceProjects().stream()
                        .map(p -> p.projectName() + "|" + p.executed() + "|" + p.score()).toList());
        long delimiters = seed.lines().stream().filter(l -> l.startsWith("|---|")).count();
        String rewritten = (rows + delimiters) + " line(s)";
        assertThat(md.issues()).filteredOn(i -> i.kind().equals("markdown_tables_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith(rewritten));
        assertThat(md.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals("markdown_tables_read")).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    /** The rows as a pipe table; a row naming a 合计 or 总计 bold, cell by cell, as extractors often write totals. */
    private static List<String> pipeTable(List<String[]> rows) {
        List<String> out = new ArrayList<>();
        for (String[] cells : rows) {
            boolean total = String.join("", cells).matches(".*(合计|总计).*");
            out.add("| " + String.join(" | ", java.util.Arrays.stream(cells)
                    .map(c -> total && !c.isEmpty() ? "**" + c + "**" : c).toList()) + " |");
            if (out.size() == 1) {
                out.add("|" + "---|".repeat(cells.length));
            }
        }
        return out;
    }
}
