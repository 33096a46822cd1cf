package org.fiscallens.ingest.source;

/**
 * Character statistics of decoded text, used to tell a Chinese disclosure from binary data or text
 * decoded with the wrong charset.
 */
record TextProfile(int chars, int ideographs, int controls, int replacements, int privateUse, int latin1Letters,
                   int mojibakeMarkers) {

    static TextProfile of(String text) {
        int ideographs = 0, controls = 0, replacements = 0, privateUse = 0, latin1 = 0, mojibake = 0;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            n++;
            if (cp < 0x80) { // ASCII: only a control character counts (the tests below find nothing else)
                if (cp < 0x20 || cp == 0x7F) {
                    if (cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                        controls++;
                    }
                }
                continue;
            }
            if (cp == 0xFFFD) {
                replacements++;
            } else if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                controls++;
            } else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp > 0x2E7F && isHan(cp))) {
                ideographs++;
            } else if (Character.getType(cp) == Character.PRIVATE_USE) {
                privateUse++;
            } else if (cp >= 0xC0 && cp <= 0xFF) {
                latin1++;
                // UTF-8 lead bytes read as Latin-1/Windows-1252: Ã, Â, â, å, æ, ç, è, é, ä followed by a symbol
                if (cp == 0xE4 || cp == 0xE5 || cp == 0xE6 || cp == 0xE7 || cp == 0xE8 || cp == 0xE9) {
                    if (i < text.length()) {
                        int next = text.codePointAt(i);
                        if ((next >= 0x80 && next <= 0xBF) || next == 0x2013 || next == 0x2014 || next == 0x201C
                                || next == 0x201D || next == 0x2018 || next == 0x2019 || next == 0x20AC
                                || next == 0x2122 || next == 0x0160 || next == 0x0161 || next == 0x0178) {
                            mojibake++;
                        }
                    }
                }
            }
        }
        return new TextProfile(n, ideographs, controls, replacements, privateUse, latin1, mojibake);
    }

    /** {@code Character.UnicodeScript.of(cp) == HAN}, from a table for the BMP (CJK punctuation is frequent). */
    private static boolean isHan(int cp) {
        return cp <= 0xFFFF ? BmpHan.TABLE.get(cp) : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The BMP characters of the Han script, worked out once from {@link Character.UnicodeScript}. */
    private static final class BmpHan {
        static final java.util.BitSet TABLE = build();

        private static java.util.BitSet build() {
            java.util.BitSet han = new java.util.BitSet(0x10000);
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han.set(cp);
                }
            }
            return han;
        }
    }

    double share(int count) {
        return chars == 0 ? 0 : (double) count / chars;
    }
}
