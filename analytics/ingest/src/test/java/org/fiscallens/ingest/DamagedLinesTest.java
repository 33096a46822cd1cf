package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never loses the good data around it, and a number we cannot read is reported, never guessed. Every table row of each seed, one at a time, has the digit before
 * its first amount's decimal point damaged, as a bad scan or copy leaves it: replaced by {@code #}, by the letters
 * OCR confuses with digits ({@code O}, {@code l}), or by a space (row k gets damage k mod 4). Each time: no
 * extractor fails, the damaged line is reported with the file and its line number, nothing on it is guessed (no
 * amount that the clean document does not give), and every amount of every other line is still read, unchanged,
 * with the same key. Likewise every prose line with a figure of two decimals (the first one damaged): it is
 * reported as {@code malformed_amount} at its line, no fact anywhere holds a value the clean document does not
 * give (the matcher used to read {@code 68万元} out of {@code 71#.68万元}), and every other fact is kept — but for
 * a prior-year figure derived from the damaged one, which is withheld.
 */
class DamagedLinesTest {
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d{2}");
    private static final String[] DAMAGE = {"#", "O", "l", " "};

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"}) // 003 (乌鲁木齐) has no tables: its prose has its own tests
    void oneUnreadableAmountIsReportedAtItsLineAndEverythingElseIsKept(String prefix) {
        Seed seed = Seed.of(prefix);
        Set<String> cleanKeys = new HashSet<>();
        TreeSet<Integer> rows = new TreeSet<>();
        for (LineItem i : seed.clean().lineItems()) {
            cleanKeys.add(key(i));
            rows.add(i.sourceLine());
        }
        assertThat(rows).as("table rows of %s", prefix).hasSizeGreaterThan(20);

        int damagedRows = 0;
        for (int line : rows) {
            String[] damaged = damage(seed.lines(), line, damagedRows);
            if (damaged == null) {
                continue; // a row whose amounts stand on the next line (rows wrapped by OCR)
            }
            damagedRows++;
            ParsedDisclosure d = seed.parse(damaged);
            String where = prefix + " line " + line + ": " + damaged[line - 1];
            assertReported(d, seed.path(), line, null, where);
            Set<String> read = new HashSet<>();
            d.lineItems().forEach(i -> read.add(key(i)));
            assertThat(d.lineItems().stream().filter(i -> i.sourceLine() == line).map(DamagedLinesTest::key))
                    .as("amounts guessed on the damaged line (%s)", where).allMatch(cleanKeys::contains);
            assertThat(seed.clean().lineItems().stream().filter(i -> i.sourceLine() != line).map(DamagedLinesTest::key)
                    .filter(k -> !read.contains(k)).toList())
                    .as("amounts of other lines lost or changed (%s)", where).isEmpty();
        }
        assertThat(damagedRows).as("rows damaged in %s", prefix).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void oneUnreadableProseFigureIsReportedAndNothingIsReadInItsPlace(String prefix) {
        Seed seed = Seed.of(prefix);
        Set<String> cleanKeys = new HashSet<>();
        TreeSet<Integer> prose = new TreeSet<>();
        for (NarrativeFact f : seed.clean().narrativeFacts()) {
            cleanKeys.add(key(f));
            if (f.value() != null) {
                prose.add(f.sourceLine());
            }
        }
        int damagedLines = 0;
        for (int line : prose) {
            String[] damaged = damage(seed.lines(), line, damagedLines);
            if (damaged == null) {
                continue; // figures without two decimals (counts, whole percentages)
            }
            damagedLines++;
            ParsedDisclosure d = seed.parse(damaged);
            String where = prefix + " line " + line + ": " + damaged[line - 1];
            assertReported(d, seed.path(), line, "malformed_amount", where);
            Set<String> read = new HashSet<>();
            d.narrativeFacts().forEach(f -> read.add(key(f)));
            assertThat(d.narrativeFacts().stream().map(DamagedLinesTest::key))
                    .as("facts guessed, on the damaged line or after it (%s)", where).allMatch(cleanKeys::contains);
            // a prior-year figure derived from the damaged one (current − stated change) is withheld, not guessed
            assertThat(seed.clean().narrativeFacts().stream().filter(f -> f.sourceLine() != line
                            && !f.factKind().equals("prior_amount")).map(DamagedLinesTest::key)
                    .filter(k -> !read.contains(k)).toList())
                    .as("facts of other lines lost or changed (%s)", where).isEmpty();
        }
        assertThat(damagedLines).as("prose lines damaged in %s", prefix).isGreaterThan(5);
    }

    /**
     * A table whose title line is lost (blank) or unrecognisable (its 表, 预算 and 决算 gone) is not read as that table,
     * but none of its rows disappears silently: each is read (by a neighbouring table) or reported at its line, and
     * the rows of every other table are kept. (A row {@code 上年结转结余 | 0.01 | 年终结转结余} once went unreported:
     * the next cell's 年 was taken for the unit of 0.01, as in {@code 2024年}.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aTableWhoseTitleIsLostHasEveryRowReadOrReported(String prefix) {
        Seed seed = Seed.of(prefix);
        int tables = 0;
        for (TableStatus t : seed.clean().tables()) {
            Set<Integer> rows = rowLines(seed, t);
            if (t.titleLine() <= 0 || rows.isEmpty()) {
                continue;
            }
            tables++;
            String title = seed.lines()[t.titleLine() - 1];
            for (String lost : List.of("", title.replace("表", "").replace("预算", "").replace("决算", ""))) {
                assertRowsReadOrReported(seed, rows, t.titleLine(), lost, prefix + " «" + t.title() + "» (line "
                        + t.titleLine() + ") → «" + lost + "»");
            }
        }
        assertThat(tables).as("tables of %s", prefix).isGreaterThan(5);
    }

    /**
     * A table that loses a header line (each in turn) may lose its columns, and then its rows are not read: each is
     * reported at its line instead of vanishing, no amount is read without its measure (预算数/决算数), and every
     * other table's rows are kept. (They used to be taken as read: 西乡's 表5 without its header line gave no rows
     * and no issue, and 高平's 三公 table without its second header line gave amounts with no measure.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aTableWhoseHeaderLineIsLostHasEveryRowReadOrReported(String prefix) {
        Seed seed = Seed.of(prefix);
        int headerLines = 0;
        for (TableStatus t : seed.clean().tables()) {
            Set<Integer> rows = rowLines(seed, t);
            if (t.titleLine() <= 0 || rows.isEmpty()) {
                continue;
            }
            for (int line = t.titleLine() + 1; line < rows.iterator().next(); line++) {
                if (seed.lines()[line - 1].indexOf('\t') >= 0) {
                    headerLines++;
                    assertRowsReadOrReported(seed, rows, line, "", prefix + " «" + t.title() + "» header line " + line);
                }
            }
        }
        assertThat(headerLines).as("header lines of %s", prefix).isGreaterThan(8);
    }

    /**
     * A row that loses one empty cell before its amounts (a tab dropped in copying) has every later cell one column
     * to the left: its amounts would land under the wrong measure, or a 行次 number or an amount in the name column.
     * Each such row of each seed, in turn: it is read as before, or reported at its line as {@code misaligned_row}
     * (the name column holds a number, or the line has fewer cells than the table's other lines and ends with an
     * empty one), or what it gives fails a consistency check that names the line (a 合计 that no longer adds up);
     * every other row is kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aRowThatLosesACellIsReportedNotMisread(String prefix) {
        Seed seed = Seed.of(prefix);
        Set<String> cleanKeys = new HashSet<>();
        TreeSet<Integer> rows = new TreeSet<>();
        for (LineItem i : seed.clean().lineItems()) {
            cleanKeys.add(key(i));
            rows.add(i.sourceLine());
        }
        int shifted = 0;
        for (int line : rows) {
            String text = seed.lines()[line - 1];
            int gap = emptyCellBeforeFigure(text);
            if (gap < 0) {
                continue;
            }
            shifted++;
            String[] damaged = seed.lines().clone();
            damaged[line - 1] = text.substring(0, gap) + text.substring(gap + 1);
            ParsedDisclosure d = seed.parse(damaged);
            String where = prefix + " line " + line + ": " + damaged[line - 1];
            List<String> misread = d.lineItems().stream().filter(i -> i.sourceLine() == line)
                    .map(DamagedLinesTest::key).filter(k -> !cleanKeys.contains(k)).toList();
            if (!misread.isEmpty()) { // reported as misaligned, or caught by a consistency check naming the line
                assertThat(d.issues().stream().anyMatch(i -> i.line() == line && i.kind().equals("misaligned_row"))
                        || d.checks().stream().anyMatch(c -> !c.passed() && c.lines().contains(line)))
                        .as("a shifted row misread without a report (%s, read as %s)", where, misread).isTrue();
            }
            Set<String> read = new HashSet<>();
            d.lineItems().forEach(i -> read.add(key(i)));
            assertThat(seed.clean().lineItems().stream().filter(i -> i.sourceLine() != line).map(DamagedLinesTest::key)
                    .filter(k -> !read.contains(k)).toList())
                    .as("amounts of other lines lost or changed (%s)", where).isEmpty();
        }
        assertThat(shifted).as("rows shifted in %s", prefix).isGreaterThan(10);
    }

    /** Where the first empty cell with a digit somewhere after it starts (the second of two tabs), or -1. */
    private static int emptyCellBeforeFigure(String line) {
        for (int k = line.indexOf("\t\t"); k >= 0; k = line.indexOf("\t\t", k + 1)) {
            if (line.substring(k + 2).chars().anyMatch(Character::isDigit)) {
                return k;
            }
        }
        return -1;
    }

    /** The lines of the seed's rows of table {@code t}, in order. */
    private static Set<Integer> rowLines(Seed seed, TableStatus t) {
        Set<Integer> rows = new TreeSet<>();
        seed.clean().lineItems().stream().filter(i -> i.tableTitle().equals(t.title())
                && i.tableKind().equals(t.tableKind())).forEach(i -> rows.add(i.sourceLine()));
        return rows;
    }

    /**
     * With line {@code line} replaced by {@code text}: no extractor fails, each of {@code rows} is read or named by an
     * issue, and every other row of the clean document is read unchanged.
     */
    private static void assertRowsReadOrReported(Seed seed, Set<Integer> rows, int line, String text, String where) {
        String[] damaged = seed.lines().clone();
        damaged[line - 1] = text;
        ParsedDisclosure d = seed.parse(damaged);
        assertThat(d.issues()).as("no extractor failed (%s)", where).noneMatch(i -> i.kind().equals("extractor_failed"));
        assertThat(d.lineItems()).as("amounts read without knowing their measure (%s)", where)
                .allMatch(i -> i.measure() != null);
        Set<Integer> accounted = new HashSet<>();
        d.lineItems().forEach(i -> accounted.add(i.sourceLine()));
        d.issues().forEach(i -> accounted.add(i.line()));
        assertThat(rows).as("rows neither read nor reported (%s)", where).allMatch(accounted::contains);
        Set<String> read = new HashSet<>();
        d.lineItems().forEach(i -> read.add(key(i)));
        assertThat(seed.clean().lineItems().stream().filter(i -> !rows.contains(i.sourceLine()))
                .map(DamagedLinesTest::key).filter(k -> !read.contains(k)).toList())
                .as("rows of other tables lost or changed (%s)", where).isEmpty();
    }

    /** A seed document: its path, its lines, its clean parse, and the parser for damaged copies. */
    private record Seed(String path, String[] lines, ParsedDisclosure clean) {
        static Seed of(String prefix) {
            String path = Seeds.seed(prefix).toString();
            return new Seed(path, new String(Seeds.bytes(prefix), StandardCharsets.UTF_8).split("\n", -1),
                    DisclosureParser.standard().parse(path, Seeds.bytes(prefix)));
        }

        ParsedDisclosure parse(String[] damaged) {
            return DisclosureParser.standard().parse(path, String.join("\n", damaged).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code lines} with the digit before the point of the first two-decimal figure of {@code line} replaced by
     * damage number {@code n} (mod 4), or null when the line holds no such figure.
     */
    private static String[] damage(String[] lines, int line, int n) {
        Matcher m = AMOUNT.matcher(lines[line - 1]);
        if (!m.find()) {
            return null;
        }
        String[] damaged = lines.clone();
        int at = m.start() + Math.max(0, m.group().indexOf('.') - 1);
        damaged[line - 1] = lines[line - 1].substring(0, at) + DAMAGE[n % DAMAGE.length] + lines[line - 1].substring(at + 1);
        return damaged;
    }

    /** No extractor failed, and an issue ({@code kind}, or any when null) names the file and the damaged line. */
    private static void assertReported(ParsedDisclosure d, String path, int line, String kind, String where) {
        assertThat(d.issues()).as("no extractor failed (%s)", where).noneMatch(i -> i.kind().equals("extractor_failed"));
        assertThat(d.issues()).as("the damaged line is reported with its file and number (%s)", where)
                .anyMatch(i -> i.line() == line && path.equals(i.file()) && (kind == null || kind.equals(i.kind())));
    }

    private static String key(NarrativeFact f) {
        return String.join("|", String.valueOf(f.sourceLine()), f.statement(), f.subject(), f.factKind(),
                f.value() == null ? "null" : f.value().toPlainString(), String.valueOf(f.unit()));
    }

    private static String key(LineItem i) {
        return String.join("|", List.of(String.valueOf(i.sourceLine()), i.tableKind(), i.classification(),
                String.valueOf(i.code()), String.valueOf(i.name()), i.measure(), String.valueOf(i.columnGroup()),
                i.amount().toPlainString()));
    }
}
