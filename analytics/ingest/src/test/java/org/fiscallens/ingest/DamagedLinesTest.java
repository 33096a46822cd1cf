package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.ingest.table.LineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never loses the good data around it: each seed with one table row's amount made unreadable (a digit
 * replaced by {@code #}, as a damaged scan or a bad copy gives), a dozen rows per seed, one at a time. The damaged
 * line is reported with the file and its line number, no extractor fails, and every amount the clean document
 * gives on any other line is still read, unchanged, at its line.
 */
class DamagedLinesTest {
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d{2}");
    private static final int ROWS_PER_SEED = 12;

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"}) // 003 (乌鲁木齐) has no tables: its prose has its own test
    void oneUnreadableAmountIsReportedAtItsLineAndEverythingElseIsKept(String seed) {
        DisclosureParser parser = DisclosureParser.standard();
        String path = Seeds.seed(seed).toString();
        String text = new String(Seeds.bytes(seed), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        ParsedDisclosure clean = parser.parse(path, Seeds.bytes(seed));

        TreeSet<Integer> rows = new TreeSet<>();
        for (LineItem i : clean.lineItems()) {
            rows.add(i.sourceLine());
        }
        assertThat(rows).as("table rows of %s", seed).hasSizeGreaterThan(ROWS_PER_SEED);
        List<Integer> picked = new ArrayList<>();
        List<Integer> all = new ArrayList<>(rows);
        for (int k = 0; k < ROWS_PER_SEED; k++) { // spread over the document: every table kind gets its turn
            picked.add(all.get(k * all.size() / ROWS_PER_SEED));
        }

        for (int line : picked) {
            Matcher m = AMOUNT.matcher(lines[line - 1]);
            if (!m.find()) {
                continue; // a row whose amounts are read from the next line (wrapped OCR rows)
            }
            String[] damaged = lines.clone();
            int at = m.start() + (m.group().indexOf('.') > 0 ? m.group().indexOf('.') - 1 : 0);
            damaged[line - 1] = lines[line - 1].substring(0, at) + "#" + lines[line - 1].substring(at + 1);
            ParsedDisclosure d = parser.parse(path, String.join("\n", damaged).getBytes(StandardCharsets.UTF_8));

            String where = seed + " line " + line + ": " + damaged[line - 1];
            assertThat(d.issues()).as("no extractor failed (%s)", where)
                    .noneMatch(i -> i.kind().equals("extractor_failed"));
            assertThat(d.issues()).as("the damaged line is reported with its file and number (%s)", where)
                    .anyMatch(i -> i.line() == line && path.equals(i.file()));
            Set<String> kept = new HashSet<>();
            d.lineItems().forEach(i -> kept.add(key(i)));
            List<String> lost = clean.lineItems().stream().filter(i -> i.sourceLine() != line).map(DamagedLinesTest::key)
                    .filter(k -> !kept.contains(k)).toList();
            assertThat(lost).as("amounts of other lines lost or changed (%s)", where).isEmpty();
        }
    }

    private static String key(LineItem i) {
        return i.sourceLine() + "|" + i.tableKind() + "|" + i.classification() + "|" + i.code() + "|" + i.name() + "|"
                + i.measure() + "|" + i.columnGroup() + "|" + i.amount().toPlainString();
    }
}
