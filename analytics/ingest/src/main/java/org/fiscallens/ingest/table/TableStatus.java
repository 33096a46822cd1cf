package org.fiscallens.ingest.table;

/**
 * Whether a mandated table is in the document (公开表完整性).
 *
 * @param docId      document id
 * @param tableKind  canonical table kind key
 * @param tableCode  number the document gives the table, or null
 * @param title      title as written, or the canonical Chinese title when missing
 * @param status     {@code present}; {@code declared_empty} (a 本表无数据 note, a 目录 with 是否空表=是, or a sentence
 *                   saying the table 为空表); or {@code missing} (mandated for the document's kind, or listed in its
 *                   目录, but not printed)
 * @param reason     the stated reason for an empty table (e.g. 不涉及), else null
 * @param titleLine  1-based line of the table's title, else of the empty declaration; 0 when missing
 * @param rowCount   data rows read that carry an amount (0 when missing; a table declared empty but printed with
 *                   zeros keeps its count)
 */
public record TableStatus(String docId, String tableKind, String tableCode, String title, String status,
                          String reason, int titleLine, int rowCount) {
}
