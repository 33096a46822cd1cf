package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a document into {@link PerformanceRow}s. */
final class PerformanceRows {
    /** A gap of 2+ spaces: the cell separator of space-aligned tables. */
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("(?: {2,}|\u3000+)");

    private PerformanceRows() {
    }

    static List<PerformanceRow> of(SourceDocument doc) {
        List<PerformanceRow> rows = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= doc.lineCount(); i++) {
            String line = doc.line(i);
            if (isSingleCell(line)) {
                if (run.isEmpty()) {
                    runStart = i;
                }
                run.add(line.substring(line.indexOf('\t') + 1));
                continue;
            }
            if (!run.isEmpty()) {
                rows.add(new PerformanceRow(run, runStart, i - 1, true));
                run.clear();
            }
            if (line.isBlank()) {
                continue;
            }
            // cells are cut when a reader first asks for them (most rows are never looked into)
            if (line.indexOf('\t') >= 0) {
                rows.add(new PerformanceRow(line, i, PerformanceRows::atTabs));
            } else if (spacedGaps(line.strip()) >= 2) {
                rows.add(new PerformanceRow(line, i, PerformanceRows::atSpacedGaps));
            } else {
                rows.add(new PerformanceRow(line, i, List::of));
            }
        }
        if (!run.isEmpty()) {
            rows.add(new PerformanceRow(run, runStart, doc.lineCount(), true));
        }
        return rows;
    }

    private static List<String> atTabs(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    private static List<String> atSpacedGaps(String line) {
        return Arrays.asList(SPACED.split(line.strip()));
    }

    /** Gaps of 2+ spaces or ideographic spaces in {@code line}, counted up to two (no regex on lines without one). */
    private static int spacedGaps(String line) {
        if (!line.contains("  ") && line.indexOf('\u3000') < 0) {
            return 0;
        }
        java.util.regex.Matcher m = SPACED.matcher(line);
        int n = 0;
        while (n < 2 && m.find()) {
            n++;
        }
        return n;
    }

    /** One tab, with only whitespace before it: one cell of the one-cell-per-line layout. */
    private static boolean isSingleCell(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < tab; i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
