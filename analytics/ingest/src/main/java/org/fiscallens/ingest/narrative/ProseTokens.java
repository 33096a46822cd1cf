package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.source.AmountText;

/**
 * The number-with-unit tokens the narrative matcher looks for in normalised prose, found by scanning
 * characters: the matcher asks for them on every paragraph and clause, where regexes cost more than the
 * matching itself. Each method does exactly what the regex in its description finds.
 *
 * <p>A number is {@code \d[\d,.]*} (ASCII digits); no unit starts with a digit, comma or point, so the first
 * unit after the number's longest run is the only one that can follow it.
 */
final class ProseTokens {
    /** Units of a data token, in the order the regex alternation tries them. */
    private static final String[] DATA_UNITS = {"万元", "元", "%"};
    /** Units of a quantity, in the order the regex alternation tries them. */
    private static final String[] QUANTITY_UNITS = {"万元", "元", "%", "个", "辆", "人", "批次", "台", "平方米", "分"};
    /** Units after which a bracketed note ends a clause. */
    private static final String[] NOTE_UNITS = {"万元", "元", "%", "人次", "辆", "个", "批次", "人", "台", "套", "平方米"};

    private ProseTokens() {
    }

    /** A number-with-unit token of normalised prose whose number is damaged, and where it starts. */
    record Damaged(int start, String token) {
    }

    /**
     * The first number-with-unit token of {@code t} (money, percentage or a quantity) whose number has a character
     * or two damaged ({@code 71#.68万元}, {@code O.40万元}, {@code 7l.49%}, {@code .34万元}: see
     * {@link AmountText#looksNumeric}), or null. Such a number is reported, not read: the matcher would otherwise
     * take the digits after the damage ({@code 68万元}).
     */
    static Damaged damagedToken(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!mayStartDamage(t, i)) {
                continue;
            }
            int start = i;
            while (start > 0 && inDamagedNumber(t.charAt(start - 1)) && t.charAt(start - 1) != '.') {
                start--;
            }
            int end = i;
            while (end < n && inDamagedNumber(t.charAt(end))) {
                end++;
            }
            int unit = unitEnd(t, end, QUANTITY_UNITS);
            String number = t.substring(start, end);
            if (unit > 0 && AmountText.looksNumeric(number) && AmountText.parse(number).isEmpty()) {
                return new Damaged(start, t.substring(start, unit));
            }
            i = end;
        }
        return null;
    }

    /**
     * Whether a damaged number can be seen at {@code i}: a damage character beside a digit or before a point, or a
     * point with digits after it but no digit, comma or damage before it (the digit before it lost: {@code .34}).
     */
    private static boolean mayStartDamage(String t, int i) {
        char c = t.charAt(i);
        char before = i > 0 ? t.charAt(i - 1) : ' ';
        char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        if (c == '.') {
            return isDigit(after) && !isDigit(before) && before != ',' && !isDamage(before);
        }
        return isDamage(c) && (isDigit(before) || isDigit(after) || after == '.');
    }

    /** Digits, commas, points and damage characters: what a damaged number is made of. */
    private static boolean inDamagedNumber(char c) {
        return isDigit(c) || c == ',' || c == '.' || isDamage(c);
    }

    /**
     * {@code t} with the number of {@code d} written as zeros: digits and damaged characters become {@code 0},
     * points and commas stay, so every offset in {@code t} still holds.
     */
    static String zeroed(String t, Damaged d) {
        StringBuilder sb = new StringBuilder(t);
        for (int i = d.start(); i < d.start() + d.token().length(); i++) {
            char c = t.charAt(i);
            if (isDigit(c) || isDamage(c)) {
                sb.setCharAt(i, '0');
            }
        }
        return sb.toString();
    }

    /**
     * A character a damaged scan or copy leaves in place of a digit: {@code #}, {@code ?}, an ASCII letter, or the
     * mark of a space before a decimal point ({@link ProseParagraphs#SPACE_IN_NUMBER}).
     */
    static boolean isDamage(char c) {
        return c == '#' || c == '?' || c == ProseParagraphs.SPACE_IN_NUMBER || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Receives the tokens found, in order. */
    interface TokenSink {
        void token(int start, String token);
    }

    /**
     * Every money or percentage token of {@code t}, left to right without overlap: what the regex
     * {@code -?\d[\d,.]*(万元|元|%)} finds.
     */
    static void dataTokens(String t, TokenSink sink) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int digitAt = c == '-' ? i + 1 : i;
            if ((c == '-' || isDigit(c)) && digitAt < n && isDigit(t.charAt(digitAt))) {
                int number = numberEnd(t, digitAt);
                int end = unitEnd(t, number, DATA_UNITS);
                if (end > 0) {
                    sink.token(i, t.substring(i, end));
                    i = end;
                } else {
                    i = number; // no later digit of this number can start a token either
                }
                continue;
            }
            i++;
        }
    }

    /** Whether {@code t} holds a number with a unit: what {@code \d[\d,.]*(万元|元|%|个|辆|人|批次|台|平方米|分)} finds. */
    static boolean holdsQuantity(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (isDigit(t.charAt(i))) {
                int number = numberEnd(t, i);
                if (unitEnd(t, number, QUANTITY_UNITS) > 0) {
                    return true;
                }
                i = number; // no later digit of this number can start a quantity either
            }
        }
        return false;
    }

    /**
     * {@code t} without a bracketed note closing it after a unit ({@code 4.5万元(含结转)} → {@code 4.5万元}): for
     * text ending in {@code )}, what replacing {@code (?<=万元|元|%|人次|辆|个|批次|人|台|套|平方米)\([^()]*\)$}
     * with nothing gives; other text is returned as it is.
     */
    static String withoutTrailingNote(String t) {
        int n = t.length();
        if (n == 0 || t.charAt(n - 1) != ')') {
            return t;
        }
        int open = n - 2; // the only place the note can start: the last bracket before the final one
        while (open >= 0 && t.charAt(open) != '(' && t.charAt(open) != ')') {
            open--;
        }
        if (open < 0 || t.charAt(open) != '(') {
            return t;
        }
        for (String unit : NOTE_UNITS) {
            if (t.startsWith(unit, open - unit.length())) {
                return t.substring(0, open);
            }
        }
        return t;
    }

    /** The end of the run {@code [\d,.]*} from {@code from}. */
    private static int numberEnd(String t, int from) {
        int k = from;
        while (k < t.length()) {
            char c = t.charAt(k);
            if (!isDigit(c) && c != ',' && c != '.') {
                break;
            }
            k++;
        }
        return k;
    }

    /** The end of the first of {@code units} found at {@code at}, or -1. */
    private static int unitEnd(String t, int at, String[] units) {
        for (String unit : units) {
            if (t.startsWith(unit, at)) {
                return at + unit.length();
            }
        }
        return -1;
    }

    /** An ASCII digit (prose numbers are written with them). */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
