package org.fiscallens.ingest.narrative;

/**
 * A paragraph of prose (one or more source lines joined where the extractor wrapped a sentence), in two
 * forms: {@code raw} as written (markup removed) and {@code text} normalised for matching (whitespace and
 * quotes removed, full-width punctuation folded to ASCII: （）：，；％ → ():,;%).
 *
 * @param text    normalised text
 * @param raw     the joined source text
 * @param lineOf  for each char of {@code text}, its 1-based source line
 * @param rawAt   for each char of {@code text}, its index in {@code raw}
 * @param heading true when the paragraph is a section heading (一、…, (一)…, # …)
 * @param firstLine first source line
 * @param lastLine  last source line
 */
public record ProseParagraph(String text, String raw, int[] lineOf, int[] rawAt, boolean heading,
                             int firstLine, int lastLine) {

    /** The raw text behind {@code text[start, end)}. */
    public String rawSlice(int start, int end) {
        if (start >= end) {
            return "";
        }
        return raw.substring(rawAt[start], rawAt[end - 1] + 1).strip();
    }

    /** The source line of normalised index {@code i}. */
    public int line(int i) {
        return lineOf[Math.min(Math.max(i, 0), lineOf.length - 1)];
    }
}
