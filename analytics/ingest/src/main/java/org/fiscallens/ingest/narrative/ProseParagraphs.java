package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a document's prose into paragraphs. Prose is every line without a tab (tables, in every layout we
 * know, separate or indent cells with tabs). A line that stops mid-sentence (no 。；：, not a heading) is
 * joined with the next prose line, across blank lines, as PDF extractors wrap sentences anywhere
 * ({@code 主要原因} / {@code 是…}, {@code 0.38} / {@code 万元}).
 */
public final class ProseParagraphs {
    private static final Pattern MARKUP =
            Pattern.compile("\\*\\*|</?u>|\\[bookmark:[^]]*]|^#+\\s*|^\\s*-\\s+|^\\s*>\\s*");
    // Character tests run on every line; they scan for what these regexes find:
    //   markup characters  [*<\[#>-]
    //   sentence end       [。；;：:！!？?]\s*$
    //   inner punctuation  [，,。；;：:]
    //   unit end           [\d万元%]\s*$
    private static final String MARKUP_CHARS = "*<[#>-";
    private static final String SENTENCE_END = "。；;：:！!？?";
    private static final String INNER_PUNCT = "，,。；;：:";
    private static final String UNIT_END = "0123456789万元%";
    /** Two or more gaps of 2+ spaces between cells, one of them next to a number: a space-aligned table row. */
    private static final Pattern SPACED_CELLS =
            Pattern.compile("\\S(?: {2,}|\\u3000+)\\S.*?(?:\\d(?: {2,}|\\u3000+)\\S|\\S(?: {2,}|\\u3000+)-?\\d)");

    private ProseParagraphs() {
    }

    /** The paragraphs of {@code doc} in document order (unmodifiable). */
    public static List<ProseParagraph> of(SourceDocument doc) {
        List<ProseParagraph> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> partLines = new ArrayList<>();
        int n = doc.lineCount();
        for (int i = 1; i <= n; i++) {
            String line = doc.line(i);
            if (!isProse(line)) {
                flush(parts, partLines, out);
                continue;
            }
            String clean = clean(line);
            if (clean.isBlank()) {
                continue; // blank lines do not end a wrapped sentence; the join rule decides
            }
            if (isHeading(line, clean) && !nextStartsWithAmount(doc, i)) {
                flush(parts, partLines, out);
                out.add(build(List.of(clean), List.of(i), true));
                continue;
            }
            if (!parts.isEmpty() && !continues(parts.get(parts.size() - 1))) {
                flush(parts, partLines, out);
            }
            parts.add(clean);
            partLines.add(i);
        }
        flush(parts, partLines, out);
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * Whether the next non-blank line after {@code i} is prose that opens with an amount ({@code 747.24万元…},
     * {@code 50%}): a short line before it ({@code …年初预算为}) is a sentence the extractor wrapped, not a heading.
     * A year ({@code 2024年度…}) does not count.
     */
    private static boolean nextStartsWithAmount(SourceDocument doc, int i) {
        for (int k = i + 1; k <= doc.lineCount(); k++) {
            String next = doc.line(k);
            if (next.isBlank()) {
                continue;
            }
            return isProse(next) && startsWithAmount(clean(next));
        }
        return false;
    }

    static boolean startsWithAmount(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int digits = 0;
        int decimals = -1; // digits after the point, -1 before one
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (ProseTokens.isDigit(c)) {
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else if (c == ',' && digits > 0 && decimals < 0) {
                continue;
            } else if ((c == '.' || c == '．') && digits > 0 && decimals < 0) {
                decimals = 0;
            } else {
                break;
            }
        }
        if (digits == 0 || decimals == 0) {
            return false; // 1.科学技术支出: an ordinal, not an amount
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        char after = i < n ? s.charAt(i) : 0;
        return decimals > 0 || after == '万' || after == '元' || after == '亿' || after == '%' || after == '％';
    }

    /** Prose has no tabs and is not a table whose cells are separated by runs of spaces. */
    static boolean isProse(String line) {
        return line.indexOf('\t') < 0
                && !((line.contains("  ") || line.indexOf('\u3000') >= 0) && SPACED_CELLS.matcher(line).find());
    }

    private static boolean continues(String previous) {
        return !endsWithOneOf(previous, SENTENCE_END);
    }

    private static String clean(String line) {
        if (!holdsOneOf(line, MARKUP_CHARS) || !mayHoldMarkup(line)) {
            return line;
        }
        String s = line;
        String before;
        do {
            before = s;
            s = MARKUP.matcher(s).replaceAll("");
        } while (!s.equals(before));
        return s;
    }

    /**
     * Whether {@link #MARKUP} can find something in {@code line}: {@code **}, {@code <u>}, {@code </u>}, a
     * bookmark, a leading {@code #}, or after leading whitespace a {@code >} or a {@code -} and whitespace.
     */
    static boolean mayHoldMarkup(String line) {
        if (line.contains("**") || line.contains("<u>") || line.contains("</u>") || line.contains("[bookmark:")
                || line.startsWith("#")) {
            return true;
        }
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '>'
                || (line.charAt(i) == '-' && i + 1 < line.length() && isRegexSpace(line.charAt(i + 1))));
    }

    static boolean isHeading(String line, String clean) {
        String t = clean.strip();
        if (line.stripLeading().startsWith("#")) {
            return true;
        }
        return t.length() <= 40 && !holdsOneOf(t, INNER_PUNCT) && !endsWithOneOf(t, UNIT_END) && !endsInNumber(t);
    }

    /** Whether {@code t} ends with a digit and a decimal point: a number the line wrapped inside ({@code 719.} / {@code 68万元}). */
    private static boolean endsInNumber(String t) {
        int n = t.length();
        return n >= 2 && (t.charAt(n - 1) == '.' || t.charAt(n - 1) == '．') && ProseTokens.isDigit(t.charAt(n - 2));
    }

    private static boolean holdsOneOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the regex {@code [chars]\s*$} finds: a character of {@code chars} followed only by {@code \s}
     * ([ \t\n\x0B\f\r]) up to the end of {@code s}, or up to a final line terminator (where {@code $} also
     * matches; \n and \r are already {@code \s}, U+0085, U+2028 and U+2029 are not).
     */
    static boolean endsWithOneOf(String s, String chars) {
        int end = s.length();
        if (oneOfBeforeSpaces(s, end, chars)) {
            return true;
        }
        if (end > 0) {
            char last = s.charAt(end - 1);
            return (last == '\u0085' || last == '\u2028' || last == '\u2029') && oneOfBeforeSpaces(s, end - 1, chars);
        }
        return false;
    }

    private static boolean oneOfBeforeSpaces(String s, int end, String chars) {
        int i = end;
        while (i > 0 && isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i > 0 && chars.indexOf(s.charAt(i - 1)) >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void flush(List<String> parts, List<Integer> lines, List<ProseParagraph> out) {
        if (!parts.isEmpty()) {
            out.add(build(parts, lines, false));
            parts.clear();
            lines.clear();
        }
    }

    private static ProseParagraph build(List<String> parts, List<Integer> lines, boolean heading) {
        String raw = parts.size() == 1 ? parts.get(0) : String.join("", parts);
        int n = raw.length();
        char[] text = new char[n];
        int[] lineOf = new int[Math.max(n, 1)];
        int[] rawAt = new int[lineOf.length];
        int k = 0;
        int rawIndex = 0;
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            int line = lines.get(p);
            for (int i = 0; i < part.length(); i++, rawIndex++) {
                char f = fold(part.charAt(i));
                if (f == 0 && k > 0 && ProseTokens.isDigit(text[k - 1]) && pointAfterSpace(raw, rawIndex)) {
                    f = SPACE_IN_NUMBER; // 71 .68: a digit lost or a space, read as neither
                }
                if (f != 0) {
                    lineOf[k] = line;
                    rawAt[k] = rawIndex;
                    text[k++] = f;
                }
            }
        }
        if (k == 0) {
            lineOf[0] = lines.get(0);
        }
        int size = Math.max(k, 1);
        return new ProseParagraph(new String(text, 0, k), raw, Arrays.copyOf(lineOf, size),
                Arrays.copyOf(rawAt, size), heading, lines.get(0), lines.get(lines.size() - 1));
    }

    /**
     * Stands in the normalised text for whitespace between a digit and a decimal point ({@code 71 .68}), which a
     * lost digit leaves as often as a stray space: the number is reported as damaged instead of read as 71.68.
     */
    static final char SPACE_IN_NUMBER = '\u2423';

    /** Whether {@code raw} at {@code i} starts whitespace that runs up to a point followed by a digit. */
    private static boolean pointAfterSpace(String raw, int i) {
        if (fold(raw.charAt(i)) != 0 || raw.charAt(i) > '\u3000') {
            return false;
        }
        int j = i;
        while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) {
            j++;
        }
        return j > i && j + 1 < raw.length() && raw.charAt(j) == '.' && ProseTokens.isDigit(raw.charAt(j + 1))
                && (i == 0 || !Character.isWhitespace(raw.charAt(i - 1)));
    }

    /** The normalised form of {@code c}, or 0 when it is dropped. */
    static char fold(char c) {
        // no character above U+3000 is whitespace or a space separator: skip the Unicode lookups there
        if (c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return 0;
        }
        return switch (c) {
            case '“', '”', '"', '‘', '’', '\'', '「', '」', '『', '』' -> 0;
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '，' -> ',';
            case '；' -> ';';
            case '％' -> '%';
            case '！' -> '!';
            case '－', '−' -> '-';
            default -> c;
        };
    }
}
