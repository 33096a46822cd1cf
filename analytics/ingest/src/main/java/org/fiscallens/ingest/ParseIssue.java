package org.fiscallens.ingest;

/**
 * Something in a document we could not read, or read with doubt (解析问题).
 *
 * <p>Parsing never stops at the first problem: every extractor returns its records plus the
 * issues it met, and the run report lists them all.
 *
 * @param file     the document's path as given to the parser (never null)
 * @param docId    the document id, or null when the document could not be identified at all
 * @param line     1-based line number in the document, or 0 when the issue concerns the whole file
 * @param layout   the table descriptor or narrative rule in force, or null
 * @param kind     stable key of the problem, e.g. {@code malformed_amount}, {@code unexplained_data_line},
 *                 {@code unreadable_document}; documented in README
 * @param severity {@code error} (a number was lost), {@code warning} (read with doubt), {@code info}
 * @param message   human-readable explanation in English that names what was expected
 * @param messageZh the same explanation in Chinese (问题说明)
 * @param rawLine   the source line as written, or null
 */
public record ParseIssue(String file, String docId, int line, String layout, String kind,
                         String severity, String message, String messageZh, String rawLine) {
}
