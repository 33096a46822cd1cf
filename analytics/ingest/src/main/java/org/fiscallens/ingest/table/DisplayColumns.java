package org.fiscallens.ingest.table;

/**
 * The display columns space-aligned tables are read in: a Chinese (CJK) character or full-width sign takes two, any
 * other character one, as a monospace screen and Word's text alignment set them. Whoever writes such text (a PDF's
 * table drawn without rules) uses the same measure the table readers use.
 */
public final class DisplayColumns {
    private DisplayColumns() {
    }

    /** 2 for a CJK character (U+2E80 and above), else 1. */
    public static int width(char c) {
        return c >= 0x2E80 ? 2 : 1;
    }

    /** The display columns of {@code s}. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += width(s.charAt(i));
        }
        return w;
    }
}
