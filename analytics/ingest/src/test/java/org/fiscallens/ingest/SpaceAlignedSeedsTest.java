package org.fiscallens.ingest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seed whose tables are written aligned for a monospace screen (each cell padded with spaces to its column's
 * display width and four more, CJK characters two columns wide; {@code PdftotextLayoutTest} reads what
 * {@code pdftotext -layout} really writes, one column per character) gives the records of
 * the original on the same lines. Not yet for 新乡 2026 (002, wide multi-level headers) and 高平's OCR (001).
 */
class SpaceAlignedSeedsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "004"})
    void aSeedWithSpaceAlignedTablesGivesTheSameRecords(String prefix) {
        RewrittenSeed seed = RewrittenSeed.of(prefix, SpaceAlignedSeedsTest::aligned, 0);
        seed.assertSameRecords(seed.parse());
    }

    private static List<String> aligned(List<String[]> rows) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                width[k] = Math.max(width[k], displayWidth(r[k]));
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < r.length; k++) {
                line.append(r[k]);
                if (k < r.length - 1) {
                    line.append(" ".repeat(width[k] - displayWidth(r[k]) + 4));
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** Columns {@code s} takes in a monospaced layout: CJK and full-width characters (from U+2E80) two, others one. */
    private static int displayWidth(String s) {
        return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
