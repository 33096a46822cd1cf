package org.fiscallens.ingest.table;

/**
 * Where a single space separates two cells of a space-aligned line: between two whole numbers ({@code 719.68 443.06},
 * {@code 1 719.68}), or between a Chinese name and a whole number on either side ({@code 财政拨款收入 1},
 * {@code 719.68 一、一般公共服务支出}, {@code 2368819.00 2、外交支出}), as text extracted with its layout writes cells that a long name pushed
 * together, and between two amounts OCR printed with a space after the point ({@code 5056. 26 1367. 05}). A part
 * of a number split by OCR ({@code 5056. 26}), a name wrapped inside its cell
 * ({@code 社会保障和就业支 出}) and a code printed in its 类 款 项 parts ({@code 208 05 02} at the start of a line,
 * {@code 05 02}) stay whole.
 */
final class NumberTokens {
    private NumberTokens() {
    }

    /**
     * A line opening with a classification code printed in its 类 款 项 parts ({@code 208 05 02}, {@code 210 11}), or
     * with a 功能分类 类 and, in a column of their own, its 款 and 项 ({@code 208      99 99}).
     */
    private static final java.util.regex.Pattern CODE_PARTS =
            java.util.regex.Pattern.compile("^\\s*(?:\\d{3}( \\d{2}){1,2}|2\\d{2} +\\d{2} \\d{2})(?= |$)");

    /** Whether the single space between {@code line[leftEnd]} and {@code line[rightStart]} separates two cells. */
    static boolean boundary(String line, int leftEnd, int rightStart) {
        if (Character.isDigit(line.charAt(leftEnd)) && Character.isDigit(line.charAt(rightStart))) {
            java.util.regex.Matcher parts = CODE_PARTS.matcher(line);
            if (parts.lookingAt() && rightStart < parts.end()) {
                return false; // the parts of one code
            }
        }
        int leftStart = leftEnd;
        while (leftStart > 0 && line.charAt(leftStart - 1) != ' ' && line.charAt(leftStart - 1) != '\u3000') {
            leftStart--;
        }
        int rightEnd = rightStart;
        while (rightEnd + 1 < line.length() && line.charAt(rightEnd + 1) != ' ' && line.charAt(rightEnd + 1) != '\u3000') {
            rightEnd++;
        }
        boolean leftNumber = wholeNumber(line, leftStart, leftEnd);
        boolean rightNumber = wholeNumber(line, rightStart, rightEnd);
        if (leftNumber && rightNumber && (codePart(line, leftStart, leftEnd) || codePart(line, rightStart, rightEnd))) {
            return false; // 05 02: the 款 and 项 of a code
        }
        if (ocrHead(line, rightStart, rightEnd) && (leftNumber && line.lastIndexOf('.', leftEnd) >= leftStart
                || ocrTail(line, leftStart, leftEnd)) || ocrTail(line, leftStart, leftEnd) && rightNumber) {
            return true; // 1018.05 1018. 05, 5056. 26 1367. 05: one OCR amount ends where the next begins
        }
        return leftNumber && rightNumber
                || leftNumber && (isHan(line.charAt(rightStart)) || ordinalName(line.substring(rightStart, rightEnd + 1)))
                || rightNumber && isHan(line.charAt(leftEnd));
    }

    /** {@code 5056.}: the whole part of an amount OCR printed with a space after its point. */
    private static boolean ocrHead(String s, int from, int to) {
        if (to <= from || s.charAt(to) != '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != ',') {
                return false;
            }
        }
        return Character.isDigit(s.charAt(from));
    }

    /** {@code 26} in {@code 5056. 26}: the two decimals after such a whole part and one space. */
    private static boolean ocrTail(String s, int from, int to) {
        if (to != from + 1 || !Character.isDigit(s.charAt(from)) || !Character.isDigit(s.charAt(to)) || from < 3
                || s.charAt(from - 1) != ' ') {
            return false;
        }
        int headEnd = from - 2;
        int headStart = headEnd;
        while (headStart > 0 && s.charAt(headStart - 1) != ' ' && s.charAt(headStart - 1) != '\u3000') {
            headStart--;
        }
        return ocrHead(s, headStart, headEnd);
    }

    /** A Chinese name that opens with an ordinal ({@code 2、外交支出}, {@code (1)工资福利支出}). */
    private static boolean ordinalName(String word) {
        String rest = Labels.withoutOrdinal(word);
        return rest.length() < word.length() && !rest.isEmpty() && isHan(rest.charAt(0));
    }

    /** {@code 719.68}, {@code 1,029.36}, {@code -0.50}, {@code 32}: digits, commas and one point, ending in a digit. */
    private static boolean wholeNumber(String s, int from, int to) {
        int i = from;
        if (i <= to && (s.charAt(i) == '-' || s.charAt(i) == '−')) {
            i++;
        }
        if (i > to || !Character.isDigit(s.charAt(i)) || !Character.isDigit(s.charAt(to))) {
            return false;
        }
        boolean point = false;
        for (; i <= to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (point) {
                    return false;
                }
                point = true;
            } else if (c != ',' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Two digits opening with a zero ({@code 05}): a 款 or 项 part of a classification code, never an amount. */
    static boolean codePart(String s, int from, int to) {
        return to - from == 1 && s.charAt(from) == '0' && Character.isDigit(s.charAt(to));
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c == '）' || c == '」';
    }
}
