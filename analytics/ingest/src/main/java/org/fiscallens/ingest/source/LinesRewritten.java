package org.fiscallens.ingest.source;

/**
 * What a rewrite of a document's lines changed ({@link FullWidthDigits}, {@link MarkdownTables}): how many lines, and
 * the first of them (1-based); zero lines when none.
 */
record LinesRewritten(int lines, int firstLine) {
}
