package org.fiscallens.ingest.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * How a prose paragraph is cut: into sentences, into clauses at their separators, and the reasons it gives
 * (主要原因是…), which are kept whole instead of being cut into clauses. Positions are in the paragraph's text.
 */
final class ProseClauses {
    private ProseClauses() {
    }

    /** A reason: its marker starts at {@code start}, its text runs from {@code textStart} to {@code end}. */
    record Span(int start, int textStart, int end) {
    }

    /** A clause of the text and the separator before it (0 at the start). */
    record Clause(int start, int end, char sepBefore) {
    }

    /** The reasons given in {@code t} (主要原因是…), each up to the end of its sentence or clause list. */
    static List<Span> reasons(String t, NarrativeRules.Search reasonMarker) {
        List<Span> out = new ArrayList<>();
        if (!reasonMarker.worthSearching(t)) {
            return out;
        }
        Matcher m = reasonMarker.pattern().matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int end = reasonEnd(t, m.end());
            out.add(new Span(m.start(), m.end(), end));
            from = Math.max(end, m.end() + 1);
        }
        return out;
    }

    private static int reasonEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i;
            }
            if (c == ';' && !enumerationFollows(t, i + 1)) {
                return i;
            }
        }
        return t.length();
    }

    /** Whether {@code t} continues at {@code i} with an enumeration such as {@code 2.} or {@code 12、}. */
    private static boolean enumerationFollows(String t, int i) {
        int k = i;
        while (k < t.length() && k - i < 2 && Character.isDigit(t.charAt(k))) {
            k++;
        }
        return k > i && k < t.length() && (t.charAt(k) == '.' || t.charAt(k) == '、');
    }

    /** {@code t} cut at clause separators (。；：，…, a comma not inside a number), the reasons taken out whole. */
    static List<Clause> clauses(String t, List<Span> reasons) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        char sep = 0;
        int r = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (r < reasons.size() && i == reasons.get(r).start()) {
                if (start < i) {
                    out.add(new Clause(start, i, sep));
                }
                i = reasons.get(r).end();
                start = i;
                sep = ';';
                r++;
                if (i >= t.length()) {
                    break;
                }
            }
            if (i == t.length() || isSeparator(t, i)) {
                if (start < i) {
                    out.add(new Clause(start, i, sep));
                }
                if (i < t.length()) {
                    sep = t.charAt(i);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isSeparator(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '。', ';', ':', '!', '?' -> true;
            case ',' -> !thousands(t, i);
            case '、' -> i > 0 && "元%个辆次人台套)批".indexOf(t.charAt(i - 1)) >= 0;
            default -> false;
        };
    }

    private static boolean thousands(String t, int i) {
        if (i == 0 || !Character.isDigit(t.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) { // a digit of the group may be damaged (1,22O.09): still one number
            if (i + k >= t.length() || !Character.isDigit(t.charAt(i + k)) && !ProseTokens.isDamage(t.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 >= t.length() || !Character.isDigit(t.charAt(i + 4));
    }

    /** Where the sentence holding {@code pos} starts. */
    static int sentenceStart(String t, int pos) {
        for (int i = Math.min(pos, t.length()) - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding {@code pos} ends (after its 。！？), or the text's end. */
    static int sentenceEnd(String t, int pos) {
        for (int i = pos; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return t.length();
    }
}
