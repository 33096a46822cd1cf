package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.ParseIssue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures stated in prose that no narrative pattern read: reported by line, never dropped silently. */
final class UnexplainedProse {
    private UnexplainedProse() {
    }

    /**
     * Reports each line of paragraph {@code p} stating figures (an amount or a percent) outside every span
     * {@code explained} (clauses a pattern read, reasons) as {@code unexplained_sentence}; marks the other lines
     * consumed.
     */
    static void report(ProseParagraph p, String t, List<int[]> explained, NarrativeMatcher.DocContext doc,
                       List<ParseIssue> issues, BitSet consumed) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        // numbers with a money or percent unit: what a reader calls data in prose
        ProseTokens.dataTokens(t, (at, token) -> {
            boolean ok = false;
            for (int k = 0; k < explained.size() && !ok; k++) {
                int[] iv = explained.get(k);
                ok = at >= iv[0] && at < iv[1];
            }
            if (!ok) {
                byLine.computeIfAbsent(p.line(at), k -> new ArrayList<>()).add(token);
            }
        });
        for (int line = p.firstLine(); line <= p.lastLine(); line++) {
            if (!byLine.containsKey(line)) {
                consumed.set(line);
            }
        }
        for (var e : byLine.entrySet()) {
            issues.add(new ParseIssue(doc.path(), doc.docId(), e.getKey(), "narrative", "unexplained_sentence",
                    "warning", "prose states " + String.join(", ", e.getValue())
                    + " but no narrative pattern explains it", "文中列出 " + String.join("、", e.getValue())
                    + "，但没有哪条文字规则能解读", rawLine(p, e.getKey())));
        }
    }

    private static String rawLine(ProseParagraph p, int line) {
        StringBuilder sb = new StringBuilder();
        int[] lineOf = p.lineOf();
        int[] rawAt = p.rawAt();
        int first = -1;
        int last = -1;
        for (int i = 0; i < p.text().length(); i++) {
            if (lineOf[i] == line) {
                if (first < 0) {
                    first = rawAt[i];
                }
                last = rawAt[i];
            }
        }
        if (first >= 0) {
            sb.append(p.raw(), first, last + 1);
        }
        return sb.toString();
    }
}
