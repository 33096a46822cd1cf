package org.fiscallens.jobs.versions;

import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;

import java.io.Serializable;
import java.util.List;

/**
 * What the driver needs of one parsed document to tell versions and parts apart: its id, what it is (department,
 * year, {@code budget}/{@code final}; null where not recognised), where it was read from ({@code sourcePath} as the
 * user named it, {@code location} as the build read it: a URI, or null where it was not read from one file), how many
 * line items and narrative facts were read from it, how many of its consistency checks of severity error failed,
 * and, for a disclosure read from several files as one ({@link DisclosureParts}), the doc ids of its parts in order
 * (else empty).
 */
public record DocumentSummary(String docId, String departmentId, Integer fiscalYear, String docKind, String sourcePath,
                              String location, long lineItems, long facts, long errors, List<String> parts)
        implements Serializable {
    public DocumentSummary {
        parts = List.copyOf(parts);
    }

    /** The summary of {@code parsed}, read from {@code location} ({@code path} as shown); {@code docId} when the parse names none. */
    public static DocumentSummary of(String path, String location, String docId, ParsedDisclosure parsed,
                                     List<String> parts) {
        DocumentInfo info = parsed.document();
        return new DocumentSummary(info != null && info.docId() != null ? info.docId() : docId,
                info == null ? null : info.departmentId(), info == null ? null : info.fiscalYear(),
                info == null || info.kind() == null ? null : info.kind().key(), path, location,
                parsed.lineItems().size(), parsed.narrativeFacts().size(),
                parsed.checks().stream().filter(c -> !c.passed() && "error".equals(c.severity())).count(), parts);
    }

    /** Figures read: line items plus narrative facts (the fuller text has more). */
    public long figures() {
        return lineItems + facts;
    }

    /** Whether department, year and kind are all known, so the document can have versions and parts. */
    public boolean placed() {
        return departmentId != null && fiscalYear != null && docKind != null;
    }

    /** Department, year and kind as one key; only for a {@link #placed()} document. */
    String disclosureKey() {
        return departmentId + "|" + fiscalYear + "|" + docKind;
    }
}
