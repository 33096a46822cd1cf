package org.fiscallens.ingest.source;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as printed in a disclosure: {@code 719.68}, {@code 1,029.37}, {@code -69.47},
 * {@code 5056. 26} (an OCR space after the point), {@code 2368819.00}. Exact: never via double.
 *
 * <p>Anything else is not an amount: {@code 1.367.05} (two points), {@code 12,34.5} (a misplaced
 * separator), letters or a lone dash. Callers report those as issues, they never guess.
 */
public final class AmountText {
    // The grammar, as regexes; the scanners below implement exactly these (they run on every table cell, where
    // a regex matcher per call cost more than the rest of the cell's reading).
    //   amount:          [-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?
    //   blank marker:    [-—－–_/\\.·,，]*
    //   numeric-looking: [-−]?\d[\d,.\s]*
    private static final Pattern OCR_SPACE_AFTER_POINT = Pattern.compile("(\\d)\\.\\s+(\\d)");

    private AmountText() {
    }

    /** The exact value of {@code text}, or empty when it is not a well-formed amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (hasSpaceAfterPoint(t)) {
            t = OCR_SPACE_AFTER_POINT.matcher(t).replaceAll("$1.$2");
        }
        if (!isAmount(t)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(",", "").replace('−', '-')));
    }

    /** Whether a point is followed by whitespace ({@code \.\s}): the repair has nothing to do otherwise. */
    private static boolean hasSpaceAfterPoint(String t) {
        for (int i = t.indexOf('.'); i >= 0 && i + 1 < t.length(); i = t.indexOf('.', i + 1)) {
            char c = t.charAt(i + 1);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is an amount as the grammar above has it (the whole text). */
    private static boolean isAmount(String t) {
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '−')) {
            i++;
        }
        int digits = digitsFrom(t, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i < n && t.charAt(i) == ',') {
            if (digits > 3) {
                return false;
            }
            while (i < n && t.charAt(i) == ',') { // (,\d{3})+
                if (digitsFrom(t, i + 1) != 3) {
                    return false;
                }
                i += 4;
            }
        }
        if (i < n && t.charAt(i) == '.') {
            int fraction = digitsFrom(t, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        return i == n;
    }

    /** The number of ASCII digits (the regex \d) from index {@code i} on. */
    private static int digitsFrom(String t, int i) {
        int k = i;
        while (k < t.length() && isDigit(t.charAt(k))) {
            k++;
        }
        return k - i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * True when {@code text} is a printed "nothing" marker in an amount cell: empty, {@code -}, {@code —},
     * {@code －}, {@code /}, {@code _}. Such a cell holds no amount and is not an error.
     */
    public static boolean isBlankMarker(String text) {
        if (text == null) {
            return true;
        }
        String t = text.strip();
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '-', '—', '－', '–', '_', '/', '\\', '.', '·', ',', '，' -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when {@code text} looks like a number someone meant to print (digits, points, commas) even if malformed,
     * or like an amount with a character or two damaged ({@code 4#.22}, {@code 1,02#.36}, {@code #.79}, {@code 7O7.24}, {@code .79}: digits and
     * commas ending in two decimals, at most two other characters, none of them a Chinese character or a space), as
     * a bad scan or copy leaves it. Such a cell is read as nothing and reported, never guessed.
     */
    public static boolean looksNumeric(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return looksWellPrinted(t) || looksDamaged(t);
    }

    private static boolean looksDamaged(String t) {
        int n = t.length();
        if (n < 3 || t.charAt(n - 3) != '.' || !isDigit(t.charAt(n - 2)) || !isDigit(t.charAt(n - 1))) {
            return false;
        }
        int digits = 0; // before the point
        int other = 0;
        for (int i = 0; i < n - 3; i++) {
            char c = t.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c == ',' || (i == 0 && (c == '-' || c == '−'))) {
                continue;
            } else if (Character.isWhitespace(c) || Character.isIdeographic(c) || c == '.') {
                return false;
            } else {
                other++;
            }
        }
        return other <= 2 && other <= digits + 1; // 4#.22, #.79, .79 (a digit lost), 1,0#7.36; not AB.12
    }

    private static boolean looksWellPrinted(String t) {
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '−')) {
            i++;
        }
        if (i >= t.length() || !isDigit(t.charAt(i))) {
            return false;
        }
        for (i++; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case ',', '.', ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                }
                default -> {
                    if (!isDigit(t.charAt(i))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Converts an amount in {@code unit} (元 or 万元) to 元, exactly. */
    public static BigDecimal toYuan(BigDecimal amount, String unit) {
        if ("万元".equals(unit)) {
            return amount.movePointRight(4);
        }
        if ("元".equals(unit) || unit == null) {
            return amount;
        }
        throw new IllegalArgumentException("unknown amount unit: " + unit);
    }
}
