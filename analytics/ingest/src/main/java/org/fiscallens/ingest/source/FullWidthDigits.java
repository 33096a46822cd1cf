package org.fiscallens.ingest.source;

import java.util.List;

/**
 * Full-width digits (全角数字 {@code ０}–{@code ９}), which Chinese input methods type into Word files, read as the
 * ASCII digits they are, and a full-width point between two of them ({@code ７１９．６８}) as a decimal point: every
 * reader downstream (tables, prose, 绩效自评, the line audit) then reads {@code 719.68}. No other character changes.
 */
final class FullWidthDigits {
    private FullWidthDigits() {
    }

    /** Rewrites {@code lines} in place; returns what changed. */
    static LinesRewritten normalise(List<String> lines) {
        int changed = 0;
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!holdsDigit(line)) {
                continue;
            }
            lines.set(i, rewrite(line));
            changed++;
            if (first == 0) {
                first = i + 1;
            }
        }
        return new LinesRewritten(changed, first);
    }

    private static boolean holdsDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    private static String rewrite(String line) {
        char[] out = line.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '０' && c <= '９') {
                out[i] = (char) ('0' + (c - '０'));
            }
        }
        for (int i = 1; i + 1 < out.length; i++) {
            if (out[i] == '．' && isDigit(out[i - 1]) && isDigit(out[i + 1])) {
                out[i] = '.';
            }
        }
        return new String(out);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
