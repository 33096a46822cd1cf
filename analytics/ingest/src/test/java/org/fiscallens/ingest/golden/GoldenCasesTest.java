package org.fiscallens.ingest.golden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.cli.JsonLines;
import org.fiscallens.ingest.cli.RecordFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden cases: one folder per case under {@code src/test/resources/golden/<case>/} with {@code input.txt},
 * {@code expected-records.jsonl} (every record, tagged by type) and {@code expected-issues.jsonl}.
 * {@code mvn test -Dgolden.update=true} rewrites the expected files from the current parser, so the change
 * shows as a diff a reviewer reads.
 */
class GoldenCasesTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update", "false"));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("input.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesExpectedRecordsAndIssues(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        ParsedDisclosure p = DisclosureParser.standard().parse("input.txt", Files.readAllBytes(dir.resolve("input.txt")));
        List<String> records = records(p);
        List<String> issues = p.issues().stream().map(JsonLines::line).toList();
        if (UPDATE) {
            write(dir.resolve("expected-records.jsonl"), records);
            write(dir.resolve("expected-issues.jsonl"), issues);
            return;
        }
        compare(dir.resolve("expected-records.jsonl"), records);
        compare(dir.resolve("expected-issues.jsonl"), issues);
    }

    /** Every record of a parse as JSON Lines, each tagged with {@code "record"}: its JSON Lines file name. */
    static List<String> records(ParsedDisclosure p) {
        List<String> out = new ArrayList<>();
        boolean skipped = DisclosureParser.UNREADABLE.equals(p.document().layout())
                || DisclosureParser.UNRECOGNISED.equals(p.document().layout());
        out.add(tagged("documents", RecordFiles.documentRow(p.document())));
        if (!skipped) {
            p.lineItems().forEach(r -> out.add(tagged("line_items", r)));
            p.tables().forEach(r -> out.add(tagged("table_status", r)));
            p.narrativeFacts().forEach(r -> out.add(tagged("narrative_facts", r)));
            p.threePublic().forEach(r -> out.add(tagged("three_public", r)));
            p.performanceProjects().forEach(r -> out.add(tagged("performance_projects", r)));
            p.checks().forEach(r -> out.add(tagged("checks", r)));
        }
        return out;
    }

    private static String tagged(String type, Object record) {
        ObjectNode node = JsonLines.mapper().createObjectNode();
        node.put("record", type);
        node.setAll((ObjectNode) JsonLines.mapper().valueToTree(record));
        return JsonLines.line(node);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static void compare(Path expectedFile, List<String> actual) throws IOException {
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing: run mvn test -Dgolden.update=true and review the new file");
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        StringBuilder diff = new StringBuilder(expectedFile + " differs (" + expected.size() + " expected, "
                + actual.size() + " actual lines); if the change is intended run mvn test -Dgolden.update=true and review the diff\n");
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        missing.stream().limit(15).forEach(l -> diff.append("- ").append(l).append('\n'));
        extra.stream().limit(15).forEach(l -> diff.append("+ ").append(l).append('\n'));
        if (missing.isEmpty() && extra.isEmpty()) {
            diff.append("(same lines, different order)\n");
        }
        assertThat(actual).as(diff.toString()).isEqualTo(expected);
    }
}
