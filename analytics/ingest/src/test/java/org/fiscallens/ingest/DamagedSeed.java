package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;

/**
 * A seed document for the damage tests ({@link DamagedTableLinesTest}, {@link DamagedProseLinesTest}): its path, its
 * lines, its clean parse, the parser for damaged copies, and the keys records are compared by.
 */
record DamagedSeed(String path, String[] lines, ParsedDisclosure clean) {
    /** A figure with two decimals, as tables and prose print amounts. */
    static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d{2}");
    private static final String[] DAMAGE = {"#", "O", "l", " "};

    static DamagedSeed of(String prefix) {
        String path = Seeds.seed(prefix).toString();
        return new DamagedSeed(path, new String(Seeds.bytes(prefix), StandardCharsets.UTF_8).split("\n", -1),
                DisclosureParser.standard().parse(path, Seeds.bytes(prefix)));
    }

    /** The keys ({@link #key(LineItem)}) of the clean document's line items. */
    java.util.Set<String> itemKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        clean.lineItems().forEach(i -> keys.add(key(i)));
        return keys;
    }

    /** The lines the clean document's line items come from, in order. */
    java.util.TreeSet<Integer> rowLines() {
        java.util.TreeSet<Integer> rows = new java.util.TreeSet<>();
        clean.lineItems().forEach(i -> rows.add(i.sourceLine()));
        return rows;
    }

    /** The keys ({@link #key(NarrativeFact)}) of the clean document's narrative facts. */
    java.util.Set<String> factKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        clean.narrativeFacts().forEach(f -> keys.add(key(f)));
        return keys;
    }

    /** The lines of the clean document's facts that state a value, in order. */
    java.util.TreeSet<Integer> figureLines() {
        java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
        clean.narrativeFacts().stream().filter(f -> f.value() != null).forEach(f -> lines.add(f.sourceLine()));
        return lines;
    }

    ParsedDisclosure parse(String[] damaged) {
        return DisclosureParser.standard().parse(path, String.join("\n", damaged).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The lines with the digit before the point of the first two-decimal figure of {@code line} replaced by damage
     * number {@code n} (mod 4: {@code #}, the letters OCR confuses with digits {@code O} and {@code l}, a space), or
     * null when the line holds no such figure.
     */
    String[] damage(int line, int n) {
        Matcher m = AMOUNT.matcher(lines[line - 1]);
        if (!m.find()) {
            return null;
        }
        String[] damaged = lines.clone();
        int at = m.start() + Math.max(0, m.group().indexOf('.') - 1);
        damaged[line - 1] = lines[line - 1].substring(0, at) + DAMAGE[n % DAMAGE.length] + lines[line - 1].substring(at + 1);
        return damaged;
    }

    /**
     * Line {@code line} written over two lines instead, {@code above} then {@code below} (a row an extractor wrapped or
     * split): every record of the clean document is read as before, those of the row at either of its two lines and
     * those after it one line lower.
     */
    void assertReadOverTwoLines(int line, String above, String below, String where) {
        List<String> damaged = new java.util.ArrayList<>(List.of(lines));
        damaged.set(line - 1, below);
        damaged.add(line - 1, above);
        ParsedDisclosure d = parse(damaged.toArray(String[]::new));
        java.util.Set<String> read = new java.util.HashSet<>();
        d.lineItems().forEach(i -> read.add(key(i, i.sourceLine() > line ? -1 : 0)));
        assertThat(clean.lineItems().stream().map(DamagedSeed::key).filter(k -> !read.contains(k)).toList())
                .as("records lost or changed: %s, «%s» over «%s»", where, above, below).isEmpty();
    }

    /** No extractor failed, and an issue ({@code kind}, or any when null) names this file and {@code line}. */
    void assertReported(ParsedDisclosure d, int line, String kind, String where) {
        assertThat(d.issues()).as("no extractor failed (%s)", where).noneMatch(i -> i.kind().equals("extractor_failed"));
        assertThat(d.issues()).as("the damaged line is reported with its file and number (%s)", where)
                .anyMatch(i -> i.line() == line && path.equals(i.file()) && (kind == null || kind.equals(i.kind())));
    }

    static String key(NarrativeFact f) {
        return String.join("|", String.valueOf(f.sourceLine()), f.statement(), f.subject(), f.factKind(),
                f.value() == null ? "null" : f.value().toPlainString(), String.valueOf(f.unit()));
    }

    static String key(LineItem i) {
        return key(i, 0);
    }

    /** {@link #key(LineItem)} with the line moved by {@code shift} (where lines were inserted above it). */
    static String key(LineItem i, int shift) {
        return String.join("|", List.of(String.valueOf(i.sourceLine() + shift), i.tableKind(), i.classification(),
                String.valueOf(i.code()), String.valueOf(i.name()), i.measure(), String.valueOf(i.columnGroup()),
                i.amount().toPlainString()));
    }
}
