package org.fiscallens.jobs.versions;

import java.io.Serializable;

/**
 * What the driver needs of one parsed document to tell versions apart: its id, what it is (department, year,
 * {@code budget}/{@code final}; null where not recognised), where it was read from, how many figures were read
 * from it (line items plus narrative facts) and how many of its consistency checks of severity error failed.
 */
public record DocumentSummary(String docId, String departmentId, Integer fiscalYear, String docKind, String sourcePath,
                              long figures, long errors) implements Serializable {
}
