package org.fiscallens.ingest.source;

/**
 * Character statistics of decoded text, used to tell a Chinese disclosure from binary data or text
 * decoded with the wrong charset, and to know whether it holds full-width digits to read as ASCII.
 */
record TextProfile(int chars, int ideographs, int controls, int replacements, int privateUse, int latin1Letters,
                   int mojibakeMarkers, int fullWidthDigits) {

    static TextProfile of(String text) {
        int ideographs = 0, controls = 0, replacements = 0, privateUse = 0, latin1 = 0, mojibake = 0, wide = 0;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            int cp;
            if (Character.isSurrogate(ch)) { // as codePointAt: a pair is one code point, a lone half stays itself
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
            } else {
                cp = ch;
                i++;
            }
            n++;
            if (cp < 0x80) { // ASCII: only a control character counts (the tests below find nothing else)
                if (cp < 0x20 || cp == 0x7F) {
                    if (cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                        controls++;
                    }
                }
                continue;
            }
            if (cp >= 0x4E00 && cp <= 0x9FFF) { // the common case first: a CJK unified ideograph
                ideographs++;
            } else if (cp == 0xFFFD) {
                replacements++;
            } else if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                controls++;
            } else if (cp > 0x2E7F && isHan(cp)) {
                ideographs++;
            } else if (cp >= 0xFF10 && cp <= 0xFF19) { // ０–９
                wide++;
            } else if (isPrivateUse(cp)) {
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
        return new TextProfile(n, ideographs, controls, replacements, privateUse, latin1, mojibake, wide);
    }

    /** {@code Character.UnicodeScript.of(cp) == HAN}, from a table for the BMP (CJK punctuation is frequent). */
    private static boolean isHan(int cp) {
        return cp <= 0xFFFF ? Bmp.CLASS[cp] == Bmp.HAN : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** {@code Character.getType(cp) == PRIVATE_USE}, from a table for the BMP. */
    private static boolean isPrivateUse(int cp) {
        return cp <= 0xFFFF ? Bmp.CLASS[cp] == Bmp.PRIVATE_USE : Character.getType(cp) == Character.PRIVATE_USE;
    }

    /** Han script and private use of every BMP character, worked out once from the {@link Character} API. */
    private static final class Bmp {
        static final byte HAN = 1;
        static final byte PRIVATE_USE = 2;
        static final byte[] CLASS = build();

        private static byte[] build() {
            byte[] table = new byte[0x10000];
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    table[cp] = HAN;
                } else if (Character.getType(cp) == Character.PRIVATE_USE) {
                    table[cp] = PRIVATE_USE;
                }
            }
            return table;
        }
    }

    double share(int count) {
        return chars == 0 ? 0 : (double) count / chars;
    }
}
