package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fiscallens.checks.Check;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every seed rewritten as a PDF-to-Markdown extractor writes tables (each tab-separated line a {@code | … |} row, a
 * {@code |---|} delimiter row under the first row of each table) gives the records of the original, at the lines
 * they moved to, and one {@code markdown_tables_read} note more.
 */
class MarkdownSeedsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSeedWithMarkdownPipeTablesGivesTheSameRecords(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        List<String> markdown = new ArrayList<>();
        int[] movedTo = new int[seed.lines().length + 1]; // original line → its line in the Markdown copy
        boolean inTable = false;
        int tableRows = 0;
        for (int n = 1; n <= seed.lines().length; n++) {
            String line = seed.lines()[n - 1];
            boolean row = line.indexOf('\t') >= 0;
            if (row) {
                String[] cells = line.split("\t", -1);
                markdown.add("| " + String.join(" | ", List.of(cells).stream().map(String::strip).toList()) + " |");
                movedTo[n] = markdown.size();
                if (!inTable) {
                    markdown.add("|" + "---|".repeat(cells.length));
                }
                tableRows++;
            } else {
                markdown.add(line);
                movedTo[n] = markdown.size();
            }
            inTable = row;
        }
        assertThat(tableRows).as("tab-separated lines in seed %s", prefix).isGreaterThan(200);

        ParsedDisclosure md = DisclosureParser.standard().parse(seed.path(),
                String.join("\n", markdown).getBytes(StandardCharsets.UTF_8));
        ParsedDisclosure clean = seed.clean();

        assertThat(keys(md.lineItems(), i -> DamagedSeed.key(i)))
                .isEqualTo(keys(clean.lineItems(), i -> DamagedSeed.key(i, movedTo[i.sourceLine()] - i.sourceLine())));
        assertThat(keys(md.narrativeFacts(), DamagedSeed::key)).isEqualTo(keys(clean.narrativeFacts(),
                f -> DamagedSeed.key(f).replaceFirst("^\\d+", String.valueOf(movedTo[f.sourceLine()]))));
        assertThat(md.threePublic()).hasSameSizeAs(clean.threePublic());
        assertThat(md.performanceProjects()).extracting(p -> p.projectName() + "|" + p.executed() + "|" + p.score())
                .isEqualTo(clean.performanceProjects().stream().map(p -> p.projectName() + "|" + p.executed() + "|" + p.score())
                        .toList());
        assertThat(failed(md.checks())).isEqualTo(failed(clean.checks()));
        String rewritten = (tableRows + countDelimiters(markdown)) + " line(s)";
        assertThat(md.issues()).filteredOn(i -> i.kind().equals("markdown_tables_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith(rewritten));
        assertThat(md.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals("markdown_tables_read")).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    private static <T> Set<String> keys(List<T> records, java.util.function.Function<T, String> key) {
        return records.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> failed(List<Check> checks) {
        return checks.stream().filter(c -> !c.passed())
                .map(c -> c.rule() + "|" + c.subject().replaceFirst("^line:\\d+$", "line") + "|" + c.severity() + "|" + c.expected() + "|" + c.actual())
                .sorted().toList();
    }

    private static int countDelimiters(List<String> lines) {
        return (int) lines.stream().filter(l -> l.startsWith("|---|")).count();
    }
}
