package org.fiscallens.ingest.source;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers Word shows before the paragraphs of its automatic lists ({@code 一、}, {@code （二）}, {@code 3.}): they are
 * no part of a paragraph's text in the file, so a heading numbered by a list format would read without them. Counts
 * each list ({@code w:numId}) paragraph by paragraph, in document order, as Word does: a level's count goes on until
 * a higher level's next item restarts it. Formats: Arabic (also zero-padded and full-width), Chinese counting
 * (一 … 十一 … 二十), 天干 (甲乙丙), circled (①), Latin letters and Roman numerals; a bullet or no number shows nothing.
 */
final class WordListNumbers {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counts = new HashMap<>();

    WordListNumbers(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
    }

    /**
     * The number Word shows before {@code p} with what separates it from the text ({@code "一、"}, {@code "1. "}), or
     * "" when {@code p} is in no numbered list; counts {@code p} in its list.
     */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), 8);
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl l : abstractNum.getCTAbstractNum().getLvlArray()) {
            int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
            if (i >= 0 && i < 9) {
                levels[i] = l;
            }
        }
        if (levels[level] == null) {
            return "";
        }
        int[] count = counts.computeIfAbsent(numId, k -> new int[9]);
        count[level] = count[level] == 0 ? start(levels[level], num, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String text = levels[level].getLvlText() == null ? "" : levels[level].getLvlText().getVal();
        if (text == null || "bullet".equals(format(levels[level])) || "none".equals(format(levels[level]))) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(++i) - '1';
                int n = count[ref] == 0 && levels[ref] != null ? start(levels[ref], num, ref) : count[ref];
                label.append(levels[ref] == null ? String.valueOf(n) : formatted(n, format(levels[ref])));
            } else {
                label.append(c);
            }
        }
        String s = label.toString();
        // Word follows the number with a tab; as text: nothing after Chinese punctuation (一、), a space after 1.
        return s.isEmpty() || s.charAt(s.length() - 1) >= 0x2E80 ? s : s + " ";
    }

    private static int start(CTLvl lvl, XWPFNum num, int level) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getStartOverride() != null) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
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
