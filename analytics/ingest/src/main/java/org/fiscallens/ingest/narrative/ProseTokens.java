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

    /**
     * The first number-with-unit token of {@code t} (money, percentage or a quantity) whose number has a character or two damaged
     * ({@code 71#.68万元}, {@code O.40万元}, {@code 7l.49%}, {@code .34万元}: see {@link AmountText#looksNumeric}), or null. Such a
     * number is reported, not read: the matcher would otherwise take the digits after the damage ({@code 68万元}).
     */
    static String damagedToken(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean lostDigit = c == '.' && i + 1 < n && isDigit(t.charAt(i + 1))
                    && (i == 0 || !isDigit(t.charAt(i - 1)) && t.charAt(i - 1) != ',' && !isDamage(t.charAt(i - 1)));
            if (!lostDigit && (!isDamage(c) || !(i > 0 && isDigit(t.charAt(i - 1)) || i + 1 < n
                    && (isDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '.')))) {
                continue; // a damaged number holds such a character beside a digit or its point, or starts at its point
            }
            int start = i;
            while (start > 0 && (isDigit(t.charAt(start - 1)) || t.charAt(start - 1) == ',' || isDamage(t.charAt(start - 1)))) {
                start--;
            }
            int end = i;
            while (end < n && (isDigit(t.charAt(end)) || t.charAt(end) == ',' || t.charAt(end) == '.' || isDamage(t.charAt(end)))) {
                end++;
            }
            int unit = unitEnd(t, end, QUANTITY_UNITS);
            String number = t.substring(start, end);
            if (unit > 0 && AmountText.looksNumeric(number) && AmountText.parse(number).isEmpty()) {
                return t.substring(start, unit);
            }
            i = end;
        }
        return null;
    }

    /**
     * {@code t} with the number of {@code token} (a {@link #damagedToken}) written as zeros: digits and damaged
     * characters become {@code 0}, points and commas stay, so every offset in {@code t} still holds.
     */
    static String zeroed(String t, String token) {
        int at = t.indexOf(token);
        StringBuilder sb = new StringBuilder(t);
        for (int i = at; i < at + token.length(); i++) {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
