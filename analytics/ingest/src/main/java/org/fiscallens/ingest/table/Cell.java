package org.fiscallens.ingest.table;

/**
 * One cell of a table line: its text (trimmed) and where it sits on the line in display columns
 * (a CJK character counts two), so that cells of space-aligned tables can be matched to header columns.
 *
 * @param text  trimmed text, never null (empty for an empty tab cell)
 * @param start display column of the first character
 * @param end   display column after the last character
 */
record Cell(String text, int start, int end) {
    boolean isEmpty() {
        return text.isEmpty();
    }

    int center() {
        return (start + end) / 2;
    }
}
