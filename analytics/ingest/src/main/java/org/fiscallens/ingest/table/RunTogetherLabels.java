package org.fiscallens.ingest.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A header word that is several column labels printed with no space between them, as a page too narrow for its
 * table sets them ({@code 基本支出项目支出} over two amount columns, {@code 行次合计} over the row numbers and the
 * totals): the word is cut where it reads wholly, and in the fewest pieces, as labels the table names exactly — its
 * measure aliases, {@code 行次}, {@code 合计} and {@code 小计}. A word that is itself such a label ({@code 项目支出})
 * stays whole, and so does one in which 合计 or 小计 would follow a measure ({@code 本年支出合计} is one label, the
 * total of 本年支出), or a word that does not read wholly so. {@link HeaderReader} undoes the cut where the header's
 * {@code 栏次} line numbers exactly the columns of the words left whole and not those of the cut.
 */
final class RunTogetherLabels {
    private static final List<String> OWN = List.of("行次", "合计", "小计");

    private RunTogetherLabels() {
    }

    /** {@code word}'s labels, each placed where its characters stand; the word itself when it is not cut. */
    static List<Cell> split(Cell word, TableDescriptor d) {
        String t = word.text();
        if (t.length() < 4 || t.indexOf(' ') >= 0) {
            return List.of(word);
        }
        String compact = Labels.compact(t); // aliases are compacted: ASCII brackets and colons
        if (compact.length() != t.length()) {
            return List.of(word); // markup to drop: the cut would not fall where the characters stand
        }
        List<String> vocabulary = vocabulary(d);
        if (vocabulary.contains(compact)) {
            return List.of(word);
        }
        List<String> parts = fewest(compact, vocabulary);
        if (parts == null || parts.size() < 2 || totalAfterMeasure(parts)) {
            return List.of(word);
        }
        boolean perCharacter = word.end() - word.start() == t.length(); // the line's columns count characters
        List<Cell> out = new ArrayList<>();
        int from = 0;
        for (String p : parts) {
            int to = from + p.length();
            int start = word.start() + (perCharacter ? from : CellSplitter.width(t.substring(0, from)));
            int end = word.start() + (perCharacter ? to : CellSplitter.width(t.substring(0, to)));
            out.add(new Cell(t.substring(from, to), start, end));
            from = to;
        }
        return out;
    }

    private static List<String> vocabulary(TableDescriptor d) {
        List<String> v = new ArrayList<>(OWN);
        for (TableDescriptor.Alias a : d.measures()) {
            for (String s : a.aliases()) {
                if (!s.isEmpty()) {
                    v.add(s);
                }
            }
        }
        return v;
    }

    /** {@code t} as the fewest labels of {@code vocabulary} that make it up exactly, or null when none do. */
    private static List<String> fewest(String t, List<String> vocabulary) {
        int n = t.length();
        int[] count = new int[n + 1];
        String[] last = new String[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (String label : vocabulary) {
                int j = i + label.length();
                if (j <= n && count[i] + 1 < count[j] && t.startsWith(label, i)) {
                    count[j] = count[i] + 1;
                    last[j] = label;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int j = n; j > 0; j -= last[j].length()) {
            parts.add(0, last[j]);
        }
        return parts;
    }

    private static boolean totalAfterMeasure(List<String> parts) {
        for (int k = 1; k < parts.size(); k++) {
            boolean total = parts.get(k).equals("合计") || parts.get(k).equals("小计");
            if (total && !OWN.contains(parts.get(k - 1))) {
                return true;
            }
        }
        return false;
    }
}
