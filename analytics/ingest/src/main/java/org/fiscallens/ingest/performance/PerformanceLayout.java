package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.source.DataResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 绩效自评 layout descriptors, loaded from {@code ingest/performance/layouts.txt}: header aliases,
 * positional sequences for OCR'd tables, and the prose regexes (titles, labels, summaries). Immutable.
 */
final class PerformanceLayout {
    record ColumnAlias(Pattern pattern, String key) {
    }

    /** A funds row read by position when the header holds {@code trigger}. */
    record Sequence(String name, String trigger, List<String> columns, List<String> rightAnchored) {
    }

    private static final PerformanceLayout STANDARD = load("/ingest/performance/layouts.txt");

    final List<ColumnAlias> columns;
    final List<Sequence> sequences;
    final Map<String, Pattern> prose;

    private PerformanceLayout(List<ColumnAlias> columns, List<Sequence> sequences, Map<String, Pattern> prose) {
        this.columns = List.copyOf(columns);
        this.sequences = List.copyOf(sequences);
        this.prose = Map.copyOf(prose);
    }

    static PerformanceLayout standard() {
        return STANDARD;
    }

    Pattern prose(String name) {
        Pattern p = prose.get(name);
        if (p == null) {
            throw new IllegalStateException("layouts.txt has no [prose] " + name);
        }
        return p;
    }

    Optional<String> column(String headerCell) {
        String t = PerformanceRow.fold(headerCell);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (ColumnAlias a : columns) {
            if (a.pattern().matcher(t).find()) {
                return Optional.of(a.key());
            }
        }
        return Optional.empty();
    }

    static PerformanceLayout load(String resource) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        DataResource.sections(PerformanceLayout.class, resource).forEach((section, lines) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (DataResource.Line line : lines) {
                String t = line.text();
                // column aliases are regexes that may contain " = "; their key ends at the last one
                int eq = "columns".equals(section) ? t.lastIndexOf(" = ") : t.indexOf(" = ");
                if (eq < 0) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": expected key = value: " + t);
                }
                fields.put(t.substring(0, eq).strip(), t.substring(eq + 3).strip());
            }
            sections.put(section, fields);
        });
        List<ColumnAlias> columns = new ArrayList<>();
        sections.getOrDefault("columns", Map.of())
                .forEach((regex, key) -> columns.add(new ColumnAlias(Pattern.compile(regex), key)));
        List<Sequence> sequences = new ArrayList<>();
        Map<String, Pattern> prose = new LinkedHashMap<>();
        for (var e : sections.entrySet()) {
            if (e.getKey().startsWith("sequence.")) {
                Map<String, String> f = e.getValue();
                sequences.add(new Sequence(e.getKey(), f.get("trigger"), List.of(f.get("columns").split("\\s+")),
                        List.of(f.get("right_anchored").split("\\s+"))));
            } else if (e.getKey().equals("prose")) {
                e.getValue().forEach((k, v) -> prose.put(k, Pattern.compile(v)));
            }
        }
        return new PerformanceLayout(columns, sequences, prose);
    }
}
