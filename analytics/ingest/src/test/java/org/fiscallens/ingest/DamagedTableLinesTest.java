package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fiscallens.ingest.table.TableStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never loses the good data around it, and a number we cannot read is reported, never guessed: the seed
 * tables damaged one place at a time, as a bad scan, copy or extraction leaves them (a damaged digit, a lost title,
 * a lost header line, a lost cell). Each time no extractor fails, what cannot be read is reported with the file and
 * its line, nothing is read under a key the clean document does not give, and every other row is kept. 003 (乌鲁木齐)
 * has no tables.
 */
class DamagedTableLinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"}) // 003 (乌鲁木齐) has no tables: its prose has its own tests
    void oneUnreadableAmountIsReportedAtItsLineAndEverythingElseIsKept(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        Set<String> cleanKeys = seed.itemKeys();
        TreeSet<Integer> rows = seed.rowLines();
        assertThat(rows).as("table rows of %s", prefix).hasSizeGreaterThan(20);

        int damagedRows = 0;
        for (int line : rows) {
            String[] damaged = seed.damage(line, damagedRows);
            if (damaged == null) {
                continue; // a row whose amounts stand on the next line (rows wrapped by OCR)
            }
            damagedRows++;
            ParsedDisclosure d = seed.parse(damaged);
            String where = prefix + " line " + line + ": " + damaged[line - 1];
            seed.assertReported(d, line, null, where);
            Set<String> read = new HashSet<>();
            d.lineItems().forEach(i -> read.add(DamagedSeed.key(i)));
            assertThat(d.lineItems().stream().filter(i -> i.sourceLine() == line).map(DamagedSeed::key))
                    .as("amounts guessed on the damaged line (%s)", where).allMatch(cleanKeys::contains);
            assertThat(seed.clean().lineItems().stream().filter(i -> i.sourceLine() != line).map(DamagedSeed::key)
                    .filter(k -> !read.contains(k)).toList())
                    .as("amounts of other lines lost or changed (%s)", where).isEmpty();
        }
        assertThat(damagedRows).as("rows damaged in %s", prefix).isGreaterThan(20);
    }

    /**
     * A row deleted (as when a department leaves out a row it has nothing for) gives no other row its key: the rows
     * below keep their codes. (新乡 2026's 财政拨款收支总表 without its first {@code （一）一般公共预算拨款} row once
     * gave the row of that name under {@code 二、上年结转} the key {@code general_budget}, its 0.01 万元 of carried-over
     * funds read as the year's 一般公共预算 income; row keys are now scoped by such sections.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aDeletedRowGivesNoOtherRowItsKey(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        TreeSet<Integer> keyedRows = new TreeSet<>();
        seed.clean().lineItems().stream().filter(i -> "plain".equals(i.classification()) && i.code() != null)
                .forEach(i -> keyedRows.add(i.sourceLine()));
        assertThat(keyedRows).as("rows of %s with a row key", prefix).hasSizeGreaterThan(5);
        for (int line : keyedRows) {
            List<String> kept = new java.util.ArrayList<>(List.of(seed.lines()));
            kept.remove(line - 1);
            ParsedDisclosure d = seed.parse(kept.toArray(String[]::new));
            Set<String> clean = new HashSet<>();
            seed.clean().lineItems().stream().filter(i -> i.sourceLine() != line)
                    .forEach(i -> clean.add(DamagedSeed.key(i, i.sourceLine() > line ? -1 : 0)));
            // a repeat of the deleted row (the same 合计 printed again where the table goes on over a page) may
            // take its key: it states the same figure
            Set<String> deleted = new HashSet<>();
            seed.clean().lineItems().stream().filter(i -> i.sourceLine() == line).forEach(i -> deleted.add(withoutLine(i)));
            String where = prefix + " without line " + line + ": " + seed.lines()[line - 1];
            assertThat(d.lineItems().stream().filter(i -> "plain".equals(i.classification()) && i.code() != null)
                    .filter(i -> !clean.contains(DamagedSeed.key(i)) && !deleted.contains(withoutLine(i)))
                    .map(DamagedSeed::key).toList())
                    .as("rows that took a key they do not have in the clean document (%s)", where).isEmpty();
        }
    }

    private static String withoutLine(org.fiscallens.ingest.table.LineItem i) {
        String key = DamagedSeed.key(i);
        return key.substring(key.indexOf('|') + 1);
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
        DamagedSeed seed = DamagedSeed.of(prefix);
        List<SeedTable> tables = tablesWithRows(seed);
        for (SeedTable st : tables) {
            TableStatus t = st.table();
            String title = seed.lines()[t.titleLine() - 1];
            for (String lost : List.of("", title.replace("表", "").replace("预算", "").replace("决算", ""))) {
                assertRowsReadOrReported(seed, st.rows(), t.titleLine(), lost, prefix + " «" + t.title() + "» (line "
                        + t.titleLine() + ") → «" + lost + "»");
            }
        }
        assertThat(tables).as("tables of %s", prefix).hasSizeGreaterThan(5);
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
        DamagedSeed seed = DamagedSeed.of(prefix);
        int headerLines = 0;
        for (SeedTable st : tablesWithRows(seed)) {
            TableStatus t = st.table();
            for (int line = t.titleLine() + 1; line < st.rows().iterator().next(); line++) {
                if (seed.lines()[line - 1].indexOf('\t') >= 0) {
                    headerLines++;
                    assertRowsReadOrReported(seed, st.rows(), line, "", prefix + " «" + t.title() + "» header line " + line);
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
        DamagedSeed seed = DamagedSeed.of(prefix);
        Set<String> cleanKeys = seed.itemKeys();
        TreeSet<Integer> rows = seed.rowLines();
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
                    .map(DamagedSeed::key).filter(k -> !cleanKeys.contains(k)).toList();
            if (!misread.isEmpty()) { // reported as misaligned, or caught by a consistency check naming the line
                assertThat(d.issues().stream().anyMatch(i -> i.line() == line && i.kind().equals("misaligned_row"))
                        || d.checks().stream().anyMatch(c -> !c.passed() && c.lines().contains(line)))
                        .as("a shifted row misread without a report (%s, read as %s)", where, misread).isTrue();
            }
            Set<String> read = new HashSet<>();
            d.lineItems().forEach(i -> read.add(DamagedSeed.key(i)));
            assertThat(seed.clean().lineItems().stream().filter(i -> i.sourceLine() != line).map(DamagedSeed::key)
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

    /**
     * A long row name wrapped by a PDF extractor, its head on a line of its own above the row ({@code 八、社会保} over
     * {@code 障和就业支出 | 40 | 53.73}), is joined to the row below, not to the one above: every seed row whose name
     * opens with an ordinal, ends with 合计/总计 or is the department, in turn, wrapped after half its name, and
     * every record of the document is read as before (lines after the wrap shift by one). Before, the head went to
     * the row above and both rows lost their keys.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aRowNameWrappedOntoTheLineAboveStaysWithItsRow(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        TreeSet<Integer> rows = seed.rowLines();
        int wrapped = 0;
        for (int line : rows) {
            String[] cells = seed.lines()[line - 1].split("\t", -1);
            int c = wrappableName(cells, seed.clean().document().departmentName());
            if (c < 0) {
                continue;
            }
            String name = cells[c];
            String head = name.substring(0, name.length() / 2);
            String[] headCells = new String[cells.length];
            java.util.Arrays.fill(headCells, "");
            headCells[c] = head;
            cells[c] = name.substring(name.length() / 2);
            // the head alone on its line, or in its column of a line whose other cells are written empty
            for (String headLine : List.of(head, String.join("\t", headCells))) {
                wrapped++;
                seed.assertReadOverTwoLines(line, headLine, String.join("\t", cells), prefix + " line " + line + " wrapped");
            }
        }
        assertThat(wrapped).as("rows wrapped in %s", prefix).isGreaterThan(5);
    }

    /**
     * A row name ending in a bracketed note ({@code 离休干部医疗费（2026年上解）}, as project names do), wrapped with its
     * head alone on the line above, just before the bracket or just after it, stays with its row: every such seed
     * row (its first name; 新乡 2026's 项目支出表 has a dozen), both ways, and every record of the document is read as
     * before. Before, the head went to the row above.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aNameWrappedAtItsBracketedNoteStaysWithItsRow(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        int wrapped = 0;
        for (int line : seed.rowLines()) {
            String[] cells = seed.lines()[line - 1].split("\t", -1);
            int c = 0;
            while (c < cells.length && !cells[c].strip().matches("[^（(]{2,}[（(][^（()）]+[）)]")) {
                c++;
            }
            // a name before the row's amounts (a head alone on its line cannot tell which of several
            // side-by-side names it belongs to)
            if (c >= cells.length
                    || java.util.Arrays.stream(cells, 0, c).anyMatch(x -> x.strip().matches("[\\d,.]+"))) {
                continue;
            }
            String name = cells[c].strip();
            int bracket = Math.max(name.indexOf('（'), name.indexOf('('));
            for (int cut : new int[] {bracket, bracket + 1}) {
                wrapped++;
                String[] rest = cells.clone();
                rest[c] = name.substring(cut);
                seed.assertReadOverTwoLines(line, name.substring(0, cut), String.join("\t", rest),
                        prefix + " line " + line + " wrapped at its bracket");
            }
        }
        assertThat(wrapped).as("names with a bracketed note wrapped in %s", prefix).isGreaterThan(prefix.equals("002") ? 10 : -1);
    }

    /**
     * A row split inside its name cell, the cells before it and the head of the name on one line, the rest of the name
     * and the cells after it on the next (a Word table cell holding a line break comes out so:
     * {@code 八、其他收入 | 8 | | 八、社会保} over {@code 障和就业支出 | 39 | 53.73}), is read as the one row it is: every
     * seed row with a name of six or more Chinese characters after its first cell, split after half its name, and
     * every record of the document is read as before (the row's at either of its two lines). Before, 35 of 365 such
     * rows of the seeds changed without a report. 高平 (001) is left out: its OCR tables are ragged, so a row's width
     * is not known and a short line may be a row that lost cells.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "002", "004"})
    void aRowSplitInsideItsNameCellIsReadAsOneRow(String prefix) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        int split = 0;
        for (int line : seed.rowLines()) {
            String[] cells = seed.lines()[line - 1].split("\t", -1);
            int c = 1;
            while (c < cells.length && cells[c].codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count() < 6) {
                c++;
            }
            if (c >= cells.length) {
                continue;
            }
            split++;
            int half = cells[c].length() / 2;
            String first = String.join("\t", java.util.Arrays.copyOfRange(cells, 0, c)) + "\t" + cells[c].substring(0, half);
            String second = cells[c].substring(half) + (c + 1 < cells.length
                    ? "\t" + String.join("\t", java.util.Arrays.copyOfRange(cells, c + 1, cells.length)) : "");
            seed.assertReadOverTwoLines(line, first, second, prefix + " line " + line + " split");
        }
        assertThat(split).as("rows split in %s", prefix).isGreaterThan(5);
    }

    /**
     * The name cell to wrap: six or more characters, opening with an ordinal (一、 （一）), ending with 合计/总计, or the
     * document's department.
     */
    private static int wrappableName(String[] cells, String department) {
        for (int c = 0; c < cells.length; c++) {
            String t = cells[c].strip();
            if (t.length() >= 6 && t.indexOf(' ') < 0 && (t.matches("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).*")
                    || t.endsWith("合计") || t.endsWith("总计") || t.equals(department))) {
                return c;
            }
        }
        return -1;
    }

    /** A table of a seed with its title line, and the lines of its rows in order. */
    private record SeedTable(TableStatus table, Set<Integer> rows) {
    }

    /** The seed's tables that have a title line and rows. */
    private static List<SeedTable> tablesWithRows(DamagedSeed seed) {
        List<SeedTable> out = new java.util.ArrayList<>();
        for (TableStatus t : seed.clean().tables()) {
            Set<Integer> rows = new TreeSet<>();
            seed.clean().lineItems().stream().filter(i -> i.tableTitle().equals(t.title())
                    && i.tableKind().equals(t.tableKind())).forEach(i -> rows.add(i.sourceLine()));
            if (t.titleLine() > 0 && !rows.isEmpty()) {
                out.add(new SeedTable(t, rows));
            }
        }
        return out;
    }

    /**
     * With line {@code line} replaced by {@code text}: no extractor fails, each of {@code rows} is read or named by an
     * issue, and every other row of the clean document is read unchanged.
     */
    private static void assertRowsReadOrReported(DamagedSeed seed, Set<Integer> rows, int line, String text, String where) {
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
        d.lineItems().forEach(i -> read.add(DamagedSeed.key(i)));
        assertThat(seed.clean().lineItems().stream().filter(i -> !rows.contains(i.sourceLine()))
                .map(DamagedSeed::key).filter(k -> !read.contains(k)).toList())
                .as("rows of other tables lost or changed (%s)", where).isEmpty();
    }

}
