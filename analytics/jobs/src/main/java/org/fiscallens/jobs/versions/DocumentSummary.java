package org.fiscallens.jobs.versions;

import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;

import java.io.Serializable;

/**
 * What the driver needs of one parsed document to tell versions apart: its id, what it is (department, year,
 * {@code budget}/{@code final}; null where not recognised), where it was read from, how many figures were read
 * from it (line items plus narrative facts) and how many of its consistency checks of severity error failed.
 */
public record DocumentSummary(String docId, String departmentId, Integer fiscalYear, String docKind, String sourcePath,
                              long figures, long errors) implements Serializable {
    /** The summary of {@code parsed}, read from {@code path}; {@code docId} when the parse names no document id. */
    public static DocumentSummary of(String path, String docId, ParsedDisclosure parsed) {
        DocumentInfo info = parsed.document();
        return new DocumentSummary(info != null && info.docId() != null ? info.docId() : docId,
                info == null ? null : info.departmentId(), info == null ? null : info.fiscalYear(),
                info == null || info.kind() == null ? null : info.kind().key(), path,
                parsed.lineItems().size() + parsed.narrativeFacts().size(),
                parsed.checks().stream().filter(c -> !c.passed() && "error".equals(c.severity())).count());
    }
}
