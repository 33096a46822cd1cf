package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * How a document's space-aligned lines count columns. Text laid out for a monospace screen gives a Chinese
 * character two columns, as it shows; {@code pdftotext -layout} gives every character one, placing each word at its
 * position on the page counted in average character widths. Which one a document uses shows in its numbers: rows
 * of a table print their amounts in the same columns, so the count under which more numbers of neighbouring lines
 * start or end at the same column (±1) is the document's.
 */
final class LayoutUnits {
    /** Fewer lines with numbers after Chinese text than this and the screen count stays. */
    private static final int MIN_LINES = 4;

    private LayoutUnits() {
    }

    /** Whether {@code lines} count one column per character, Chinese ones included. */
    static boolean oneColumnPerCharacter(List<String> lines) {
        List<int[][]> spans = new ArrayList<>(); // per line: number spans as {start, end} under {screen, character}
        for (String line : lines) {
            if (line.indexOf('\t') < 0 && line.indexOf(' ') >= 0) {
                int[][] s = numberSpans(line);
                if (s != null) {
                    spans.add(s);
                }
            }
        }
        if (spans.size() < MIN_LINES) {
            return false;
        }
        int screen = 0;
        int character = 0;
        for (int i = 1; i < spans.size(); i++) {
            screen += shared(spans.get(i - 1)[0], spans.get(i)[0]);
            character += shared(spans.get(i - 1)[1], spans.get(i)[1]);
        }
        return character > screen;
    }

    /**
     * The starts and ends of the numbers of a line written after Chinese text, counted on screen ([0]) and per
     * character ([1]), each as {start0, end0, start1, end1, …}; null when the line has no Chinese before a number or
     * fewer than two numbers.
     */
    private static int[][] numberSpans(String line) {
        List<Integer> screen = new ArrayList<>();
        List<Integer> character = new ArrayList<>();
        boolean han = false;
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            boolean starts = (c >= '0' && c <= '9') && (i == 0 || line.charAt(i - 1) == ' ');
            if (starts && han) {
                int j = i;
                while (j < line.length() && (Character.isDigit(line.charAt(j)) || line.charAt(j) == '.'
                        || line.charAt(j) == ',')) {
                    j++;
                }
                if (j == line.length() || line.charAt(j) == ' ') {
                    screen.add(col);
                    screen.add(col + (j - i));
                    character.add(i);
                    character.add(j);
                }
                col += j - i;
                i = j;
                continue;
            }
            han |= DisplayColumns.width(c) == 2;
            col += DisplayColumns.width(c);
            i++;
        }
        if (screen.size() < 4) {
            return null;
        }
        return new int[][]{screen.stream().mapToInt(Integer::intValue).toArray(),
                character.stream().mapToInt(Integer::intValue).toArray()};
    }

    /** How many edges of {@code b} lie within one column of an edge of {@code a} at the same end (start/start, end/end). */
    private static int shared(int[] a, int[] b) {
        int n = 0;
        for (int j = 0; j < b.length; j++) {
            for (int i = j % 2; i < a.length; i += 2) {
                if (Math.abs(a[i] - b[j]) <= 1) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
