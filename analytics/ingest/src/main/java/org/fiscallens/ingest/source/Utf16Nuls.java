package org.fiscallens.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text without a byte-order mark, told from binary data by its NUL bytes: every ASCII character (digits,
 * tabs, line ends) has one as its high byte, so in UTF-16LE they sit at odd offsets and in UTF-16BE at even ones.
 * Binary data has NULs on both parities.
 */
final class Utf16Nuls {
    private Utf16Nuls() {
    }

    /**
     * The byte order the NULs of {@code bytes} show, or null: an even length, at least one NUL in 32 bytes, and at
     * most one in twenty of them on the other parity (a character such as U+5E00 puts one there).
     */
    static Charset byteOrder(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (even + odd < bytes.length / 32) {
            return null;
        }
        return even * 20 <= odd ? StandardCharsets.UTF_16LE : odd * 20 <= even ? StandardCharsets.UTF_16BE : null;
    }
}
