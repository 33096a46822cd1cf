package org.fiscallens.ingest.cli;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines files of one ingest run, one per record type (documented in README, section Ingest):
 * documents, line_items, table_status, narrative_facts, three_public, performance_projects, checks, parse_issues.
 */
public final class RecordFiles implements Closeable {
    public static final List<String> NAMES = List.of("documents", "line_items", "table_status", "narrative_facts",
            "three_public", "performance_projects", "checks", "parse_issues");

    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();

    public RecordFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : NAMES) {
            writers.put(name, Files.newBufferedWriter(dir.resolve(name + ".jsonl"), StandardCharsets.UTF_8));
        }
    }

    /** Writes the records of one document; a skipped document contributes its issues only. */
    public void write(ParsedDisclosure p, boolean ingested) throws IOException {
        if (ingested) {
            write("documents", List.of(documentRow(p.document())));
            write("line_items", p.lineItems());
            write("table_status", p.tables());
            write("narrative_facts", p.narrativeFacts());
            write("three_public", p.threePublic());
            write("performance_projects", p.performanceProjects());
            write("checks", p.checks());
        }
        write("parse_issues", p.issues());
    }

    /** Issues that belong to no parse of their own (a duplicate file read once). */
    public void writeIssues(List<ParseIssue> issues) throws IOException {
        write("parse_issues", issues);
    }

    /** A document row: the {@link DocumentInfo} fields plus {@code region} ("省/市/县", known parts only). */
    public static Map<String, Object> documentRow(DocumentInfo info) {
        @SuppressWarnings("unchecked")
        Map<String, Object> row = new LinkedHashMap<>(JsonLines.mapper().convertValue(info, Map.class));
        row.put("region", region(info));
        return row;
    }

    static String region(DocumentInfo info) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[]{info.province(), info.city(), info.county()}) {
            if (part != null && (sb.length() == 0 || !sb.toString().endsWith(part))) {
                sb.append(sb.length() == 0 ? "" : "/").append(part);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private void write(String name, List<?> records) throws IOException {
        BufferedWriter w = writers.get(name);
        for (Object r : records) {
            w.write(JsonLines.line(r));
            w.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
