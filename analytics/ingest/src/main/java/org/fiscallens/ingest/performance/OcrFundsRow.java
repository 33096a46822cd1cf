package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A 绩效自评 funds row whose header OCR garbled, read by the position of its numbers ({@link PerformanceLayout.Sequence}). */
final class OcrFundsRow {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private OcrFundsRow() {
    }

    /**
     * Reads an OCR'd funds row by position: the right-anchored columns from the right, the first column,
     * and between them the 预算编制数, which OCR often splits ({@code 6 | 0}) or garbles ({@code 37 | 72. 5}).
     * A garbled 预算编制数 whose digits repeat the 目标申报数 in order is read as that value, with an issue.
     */
    static void read(PerformanceBlock b, List<String> tokens, Map<String, String> cells, SourceDocument doc,
                     List<ParseIssue> issues, String name) {
        PerformanceLayout.Sequence s = b.sequence;
        List<String> right = s.rightAnchored();
        List<String> left = s.columns().subList(0, s.columns().size() - right.size());
        int n = tokens.size();
        if (n < right.size()) {
            issues.add(PerformanceIssues.issue(doc, b.funds.firstLine(), "table.ocr", "unreadable_row", "warning",
                    "绩效自评 '" + name + "': funds row has " + n + " numbers, expected " + s.columns().size(),
                    "绩效自评“" + name + "”：资金行有 " + n + " 个数字，应为 " + s.columns().size() + " 个",
                    String.join("\t", b.funds.cells())));
            return;
        }
        for (int i = 0; i < right.size(); i++) {
            cells.put(right.get(i), tokens.get(n - right.size() + i));
        }
        List<String> rest = tokens.subList(0, n - right.size());
        if (rest.size() == left.size()) {
            for (int i = 0; i < left.size(); i++) {
                cells.put(left.get(i), rest.get(i));
            }
            return;
        }
        if (rest.isEmpty()) {
            return;
        }
        cells.put(left.get(0), rest.get(0));
        String middle = String.join("|", rest.subList(1, rest.size()));
        String digits = NON_DIGITS.matcher(middle).replaceAll("");
        String declared = NON_DIGITS.matcher(rest.get(0)).replaceAll("");
        if (left.size() == 2 && !declared.isEmpty() && isSubsequence(declared, digits)) {
            cells.put("initial_from_declared", rest.get(0));
            issues.add(PerformanceIssues.issue(doc, b.funds.firstLine(), "table.ocr", "garbled_cell", "warning",
                    "绩效自评 '" + name + "': 预算编制数 printed as '" + middle + "'; read as the 目标申报数 "
                            + WHITESPACE.matcher(rest.get(0)).replaceAll("") + ", whose digits it repeats",
                    "绩效自评“" + name + "”：预算编制数印为“" + middle + "”，按与其数字相同的目标申报数 "
                            + WHITESPACE.matcher(rest.get(0)).replaceAll("") + " 读取", String.join("\t", b.funds.cells())));
        } else {
            issues.add(PerformanceIssues.issue(doc, b.funds.firstLine(), "table.ocr", "garbled_cell", "warning",
                    "绩效自评 '" + name + "': 年初预算数 printed as '" + middle + "' cannot be read; left empty",
                    "绩效自评“" + name + "”：年初预算数印为“" + middle + "”，无法读取，留空",
                    String.join("\t", b.funds.cells())));
        }
    }

    private static boolean isSubsequence(String needle, String hay) {
        int k = 0;
        for (int i = 0; i < hay.length() && k < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(k)) {
                k++;
            }
        }
        return k == needle.length();
    }
}
