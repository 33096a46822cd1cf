package org.fiscallens.ingest.source;

/**
 * Word's list number formats ({@code w:numFmt}) as text: Arabic (also zero-padded and full-width), Chinese counting
 * (一 … 十一 … 二十 … 一百零五), Chinese digits (三〇五), 天干 (甲乙丙), circled (①), Latin letters and Roman numerals;
 * any other format is written in Arabic digits.
 */
final class WordNumberFormats {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private WordNumberFormats() {
    }

    /** {@code n} written in the list format {@code format} (a {@code w:numFmt} value). */
    static String formatted(int n, String format) {
        return switch (format) {
            case "decimalZero" -> (n < 10 ? "0" : "") + n;
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographZodiac" -> chinese(n);
            case "ideographDigital", "japaneseDigitalTenThousand" -> digits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (below 10,000). */
    static String chinese(int n) {
        if (n <= 0 || n >= 10_000) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : CHINESE_DIGITS.charAt(n % 10));
        }
        String[] units = {"千", "百", "十", ""};
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (parts[i] == 0) {
                zero = b.length() > 0;
            } else {
                if (zero) {
                    b.append('零');
                    zero = false;
                }
                b.append(CHINESE_DIGITS.charAt(parts[i])).append(units[i]);
            }
        }
        return b.toString();
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            b.append(Character.isDigit(c) ? CHINESE_DIGITS.charAt(c - '0') : c);
        }
        return b.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('０' + c - '0') : c);
        }
        return b.toString();
    }

    private static String letters(int n, char a) {
        if (n <= 0) {
            return String.valueOf(n);
        }
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                b.append(symbols[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }
}
