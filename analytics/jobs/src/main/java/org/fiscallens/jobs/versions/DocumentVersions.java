package org.fiscallens.jobs.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several documents of one department, year and kind (版本): a disclosure published again (更正, 修订) or
 * extracted twice by different tools. Their figures must not be counted twice, so one version is primary — the
 * metrics read only it — and the others are kept for reading and reported. The primary is the version with the
 * most figures read (line items plus narrative facts: the fuller text), then the one whose path sorts last (a
 * later download or a {@code _v2}/{@code 更正} name usually sorts after the first). A disclosure published in
 * parts and read as one document ({@link DisclosureParts}) has the figures of its parts together, so it is
 * primary over them.
 *
 * @param alternates each non-primary version's doc id → the primary's summary
 * @param summaries  every document's summary by doc id
 */
public record DocumentVersions(Map<String, DocumentSummary> alternates, Map<String, DocumentSummary> summaries) {
    private static final Comparator<DocumentSummary> PRIMARY_FIRST =
            Comparator.comparingLong(DocumentSummary::figures).reversed()
                    .thenComparingLong(DocumentSummary::errors)
                    .thenComparing(DocumentSummary::sourcePath, Comparator.reverseOrder());

    public DocumentVersions {
        alternates = Map.copyOf(alternates);
        summaries = Map.copyOf(summaries);
    }

    /** Groups {@code documents} by department, year and kind (documents missing one of them stand alone). */
    public static DocumentVersions of(List<DocumentSummary> documents) {
        Map<String, List<DocumentSummary>> groups = new TreeMap<>();
        Map<String, DocumentSummary> all = new LinkedHashMap<>();
        for (DocumentSummary d : documents) {
            all.put(d.docId(), d);
            if (d.placed()) {
                groups.computeIfAbsent(d.disclosureKey(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, DocumentSummary> alternates = new LinkedHashMap<>();
        for (List<DocumentSummary> g : groups.values()) {
            if (g.size() > 1) {
                List<DocumentSummary> ranked = g.stream().sorted(PRIMARY_FIRST).toList();
                for (DocumentSummary other : ranked.subList(1, ranked.size())) {
                    alternates.put(other.docId(), ranked.get(0));
                }
            }
        }
        return new DocumentVersions(alternates, all);
    }

    /** True when every department, year and kind has one document: nothing to filter. */
    public boolean none() {
        return alternates.isEmpty();
    }
}
