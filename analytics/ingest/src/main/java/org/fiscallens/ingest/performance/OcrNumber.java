package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.source.AmountText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The readings a table cell allows. OCR puts spaces inside numbers ({@code 55. 875}) and may print the
 * decimal point as a comma ({@code 5, 597} for 5.597 next to {@code 2, 692. 323} for 2692.323), so a cell
 * such as {@code 5, 597} has two readings; the caller keeps the one the row's own arithmetic confirms
 * (全年预算数 − 全年执行数 = 结余) and otherwise reports it. A space before the point ({@code 3 .13}) gives no
 * reading: the seeds' OCR puts its spaces after the point, and a lost digit leaves the same text. Never via double.
 */
final class OcrNumber {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern SUFFIX = Pattern.compile("(%|分)$");
    private static final Pattern REPAIRED = Pattern.compile(".*\\d[\\s\\u3000]+[\\d.,].*|.*[.,][\\s\\u3000]+\\d.*");
    /** Whitespace between a digit and a decimal point ({@code 3 .13}): OCR spaces come after the point ({@code 55. 875}). */
    private static final Pattern SPACE_BEFORE_POINT = Pattern.compile("\\d[\\s\\u3000]+\\.\\d");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+\\.\\d+");

    private OcrNumber() {
    }

    /** Readings of {@code cell}, most usual first; empty when the cell is not a number. */
    static List<BigDecimal> readings(String cell) {
        if (cell == null) {
            return List.of();
        }
        if (cell.isEmpty() || SPACE_BEFORE_POINT.matcher(cell).find()) {
            return List.of(); // 3 .13: a digit lost as often as a space added; reported, not read
        }
        String t = SUFFIX.matcher(SPACES.matcher(cell).replaceAll("")).replaceAll("").replace('，', ',');
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>(2);
        AmountText.parse(t).ifPresent(out::add);
        if (DECIMAL_COMMA.matcher(t).matches()) {
            BigDecimal d = new BigDecimal(t.replace(',', '.'));
            if (out.stream().noneMatch(v -> v.compareTo(d) == 0)) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** True when OCR repair was needed to read the cell (spaces inside it). */
    static boolean repaired(String cell) {
        return cell != null && REPAIRED.matcher(cell.strip()).matches();
    }

    /** True when the comma of {@code cell} can only be a thousands separator (a point follows it). */
    static boolean thousandsEvidence(String cell) {
        return cell != null && THOUSANDS.matcher(SPACES.matcher(cell).replaceAll("")).matches();
    }
}
