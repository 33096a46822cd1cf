package org.fiscallens.web.items;

import org.fiscallens.web.warehouse.Row;

/**
 * A document line that contains the searched words, cut around the first place they occur so a page can mark
 * them: {@code before + match + after} is the line as written. Where the words occur only with spaces inside
 * them (OCR text), nothing is marked: {@code match} is empty and {@code before} holds the whole line.
 *
 * @param row    the warehouse row ({@code sql/items/lines.sql}: doc_id, line_no, text, department, year, kind)
 * @param before the text before the words
 * @param match  the words as the line writes them, or empty
 * @param after  the text after them
 */
public record LineHit(Row row, String before, String match, String after) {
    /** Longer lines are cut to this many characters around the words, with an ellipsis. */
    static final int CONTEXT = 60;

    /** Cuts {@code row}'s text around {@code words}. */
    public static LineHit of(Row row, String words) {
        String text = row.text("text") == null ? "" : row.text("text");
        int at = words.isEmpty() ? -1 : text.indexOf(words);
        if (at < 0) {
            int cut = Math.min(text.length(), 2 * CONTEXT);
            return new LineHit(row, text.substring(0, cut) + (cut < text.length() ? "…" : ""), "", "");
        }
        int from = Math.max(0, at - CONTEXT);
        int end = at + words.length();
        int to = Math.min(text.length(), end + CONTEXT);
        return new LineHit(row, (from > 0 ? "…" : "") + text.substring(from, at), words,
                text.substring(end, to) + (to < text.length() ? "…" : ""));
    }
}
