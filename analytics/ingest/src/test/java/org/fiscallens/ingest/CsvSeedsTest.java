package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seed whose tables are written as a spreadsheet saves a sheet as CSV (every row padded with commas to the widest
 * row of its table, at least three fields; a field holding a comma or a quote quoted, quotes doubled; amounts of a
 * thousand or more shown with thousands separators, so quoted: {@code "1,029.37"}) gives the records of the
 * original on the same lines, and one {@code csv_tables_read} note more, counting the rows of every table written with
 * padding or quotes. The prose keeps its own commas
 * ({@code 1,228.09万元}) and is not read as a table.
 */
class CsvSeedsTest {
    private static final Pattern AMOUNT = Pattern.compile("(-?)(\\d{4,})\\.(\\d{2})");

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aSeedWithCsvTablesGivesTheSameRecords(String prefix) {
        int[] marked = {0}; // rows of tables whose CSV shows padding or quotes, as a spreadsheet's does
        RewrittenSeed seed = RewrittenSeed.of(prefix, rows -> csv(rows, marked), 0);
        assertThat(marked[0]).as("CSV rows in seed %s", prefix).isGreaterThan(120);

        ParsedDisclosure parsed = seed.parse();
        seed.assertSameRecords(parsed);
        ParsedDisclosure clean = seed.seed().clean();
        assertThat(parsed.issues()).filteredOn(i -> i.kind().equals("csv_tables_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith(marked[0] + " line(s)"));
        assertThat(parsed.issues().stream().map(ParseIssue::kind).filter(k -> !k.equals("csv_tables_read")).sorted())
                .containsExactlyElementsOf(clean.issues().stream().map(ParseIssue::kind).sorted().toList());
    }

    /**
     * The rows as CSV; adds their number to {@code marked} when there are two or more and one of them has an empty or
     * a quoted field (a block without either, such as two full rows of a 绩效 form, is left for prose).
     */
    private static List<String> csv(List<String[]> rows, int[] marked) {
        int width = Math.max(3, rows.stream().mapToInt(r -> r.length).max().orElse(0));
        List<String> out = new ArrayList<>();
        boolean spreadsheet = false;
        for (String[] r : rows) {
            List<String> fields = new ArrayList<>();
            for (int k = 0; k < width; k++) {
                fields.add(k < r.length ? field(r[k]) : "");
            }
            spreadsheet |= fields.stream().anyMatch(f -> f.isEmpty() || f.startsWith("\""));
            out.add(String.join(",", fields));
        }
        marked[0] += rows.size() >= 2 && spreadsheet ? rows.size() : 0;
        return out;
    }

    private static String field(String cell) {
        Matcher m = AMOUNT.matcher(cell);
        String shown = m.matches() ? m.group(1) + String.format("%,d", Long.parseLong(m.group(2))) + "." + m.group(3) : cell;
        return shown.contains(",") || shown.contains("\"") ? "\"" + shown.replace("\"", "\"\"") + "\"" : shown;
    }
}
