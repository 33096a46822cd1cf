package org.fiscallens.ingest.table;

/**
 * Whether a mandated table is in the document (公开表完整性).
 *
 * @param docId      document id
 * @param tableKind  canonical table kind key
 * @param tableCode  number the document gives the table, or null
 * @param title      title as written, or the canonical Chinese title when missing
 * @param status     {@code present}, {@code declared_empty} (本表无数据/空表, with reason), or {@code missing}
 * @param reason     the stated reason for an empty table (e.g. 不涉及), else null
 * @param titleLine  1-based line of the title or the empty declaration; 0 when missing
 * @param rowCount   data rows read (0 when empty or missing)
 */
public record TableStatus(String docId, String tableKind, String tableCode, String title, String status,
                          String reason, int titleLine, int rowCount) {
}
