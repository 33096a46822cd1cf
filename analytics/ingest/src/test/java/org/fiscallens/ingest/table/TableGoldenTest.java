package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases of table layouts: one folder per case under {@code src/test/resources/golden/tables/} with
 * {@code input.txt}, {@code case.properties} (document kind and unit) and the expected line items, issues and
 * table statuses as TSV, plus the lines the extractor explained. {@code mvn test -Dgolden.update=true} rewrites the expected files so a reviewer reads the
 * diff. A new layout is a new descriptor plus a folder here.
 */
class TableGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/golden/tables");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void golden(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String text = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
        SourceDocument doc = new SourceDocument(name + "/input.txt", name, "UTF-8", text.lines().toList());
        DocKind kind = props.getProperty("kind", "").equals("budget") ? DocKind.BUDGET : DocKind.FINAL;
        String unit = props.getProperty("unit", "").isBlank() ? null : props.getProperty("unit");
        TableExtraction x = TableExtractor.standard().extract(doc, SeedDocs.info(name, kind, unit));

        check(dir.resolve("expected-items.tsv"), items(x.lineItems().records()));
        check(dir.resolve("expected-issues.tsv"), issues(x.lineItems().issues()));
        check(dir.resolve("expected-tables.tsv"), tables(x.tables()));
        check(dir.resolve("expected-consumed-lines.txt"), x.lineItems().consumedLines().stream()
                .mapToObj(String::valueOf).reduce((a, b) -> a + " " + b).orElse("") + "\n");
    }

    private static void check(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("missing %s; run with -Dgolden.update=true", expected).exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static String items(List<LineItem> items) {
        StringBuilder b = new StringBuilder("line\ttable_kind\ttable_code\tclassification\tcode\tlevel\tname\tmeasure"
                + "\tcolumn_group\tamount_yuan\n");
        for (LineItem i : items) {
            b.append(String.join("\t", String.valueOf(i.sourceLine()), i.tableKind(), s(i.tableCode()),
                    i.classification(), s(i.code()), s(i.level()), s(i.name()), i.measure(), s(i.columnGroup()),
                    i.amount().toPlainString())).append('\n');
        }
        return b.toString();
    }

    private static String issues(List<ParseIssue> issues) {
        StringBuilder b = new StringBuilder("line\tkind\tseverity\tlayout\tmessage\n");
        for (ParseIssue i : issues) {
            b.append(String.join("\t", String.valueOf(i.line()), i.kind(), i.severity(), s(i.layout()), i.message()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String tables(List<TableStatus> tables) {
        StringBuilder b = new StringBuilder("table_kind\ttable_code\tstatus\treason\ttitle_line\trow_count\n");
        for (TableStatus t : tables) {
            b.append(String.join("\t", t.tableKind(), s(t.tableCode()), t.status(), s(t.reason()),
                    String.valueOf(t.titleLine()), String.valueOf(t.rowCount()))).append('\n');
        }
        return b.toString();
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
