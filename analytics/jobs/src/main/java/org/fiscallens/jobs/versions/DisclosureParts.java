package org.fiscallens.jobs.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disclosures published as two files (分册公开): a department's 说明 (its prose: what it states, explains and
 * compares) in one file and its 公开表 (the tables) in another, of the same year and kind. Told apart from two
 * versions of one disclosure by what each holds: one file has most of the line items, another most of the
 * narrative facts, and neither has more than a quarter of the other's kind. Such a pair is read again as one
 * document, the prose first ({@link org.fiscallens.ingest.source.DocumentParts}), so that the metrics count
 * both the tables and the prose — either file alone would lose one of them.
 */
public final class DisclosureParts {
    /** Neither part may hold more than this share of what the other part is for. */
    private static final int OTHER_KIND_AT_MOST_ONE_IN = 4;

    private DisclosureParts() {
    }

    /** One disclosure in two files: its prose part, then its tables part. */
    public record Pair(DocumentSummary prose, DocumentSummary tables) {
    }

    /**
     * The pairs among {@code documents}, one at most per department, year and kind, in key order. Documents not
     * read from a file of their own ({@code location} null) are left out.
     */
    public static List<Pair> find(List<DocumentSummary> documents) {
        Map<String, List<DocumentSummary>> groups = new TreeMap<>();
        for (DocumentSummary d : documents) {
            if (d.placed() && d.location() != null && d.parts().isEmpty()) {
                groups.computeIfAbsent(d.disclosureKey(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<DocumentSummary> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            DocumentSummary tables = g.stream().max(Comparator.comparingLong(DocumentSummary::lineItems)
                    .thenComparing(DocumentSummary::sourcePath)).orElseThrow();
            DocumentSummary prose = g.stream().max(Comparator.comparingLong(DocumentSummary::facts)
                    .thenComparing(DocumentSummary::sourcePath)).orElseThrow();
            if (tables != prose && tables.lineItems() > 0 && prose.facts() > 0
                    && prose.lineItems() * OTHER_KIND_AT_MOST_ONE_IN <= tables.lineItems()
                    && tables.facts() * OTHER_KIND_AT_MOST_ONE_IN <= prose.facts()) {
                pairs.add(new Pair(prose, tables));
            }
        }
        return pairs;
    }
}
