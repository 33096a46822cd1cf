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
    private static final Pattern AMOUNT =
            Pattern.compile("[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern BLANK_MARKER = Pattern.compile("[-—－–_/\\\\.·,，]*");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[-−]?[\\d][\\d,.\\s]*");
    private static final Pattern OCR_SPACE_AFTER_POINT = Pattern.compile("(\\d)\\.\\s+(\\d)");

    private AmountText() {
    }

    /** The exact value of {@code text}, or empty when it is not a well-formed amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = OCR_SPACE_AFTER_POINT.matcher(text.strip()).replaceAll("$1.$2");
        if (!AMOUNT.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(",", "").replace('−', '-')));
    }

    /**
     * True when {@code text} is a printed "nothing" marker in an amount cell: empty, {@code -}, {@code —},
     * {@code －}, {@code /}, {@code _}. Such a cell holds no amount and is not an error.
     */
    public static boolean isBlankMarker(String text) {
        return text == null || BLANK_MARKER.matcher(text.strip()).matches();
    }

    /** True when {@code text} looks like a number someone meant to print (digits, points, commas) even if malformed. */
    public static boolean looksNumeric(String text) {
        return text != null && NUMERIC_LOOKING.matcher(text.strip()).matches();
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
