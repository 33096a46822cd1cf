package org.fiscallens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.fiscallens.checks.Check;

/**
 * A seed whose tables (each block of tab-separated lines) another extractor would have written otherwise
 * ({@link MarkdownSeedsTest}, {@link SpaceAlignedSeedsTest}): the rewritten lines, where each original line moved to,
 * and the comparison of their records with the original's.
 */
record RewrittenSeed(DamagedSeed seed, List<String> lines, int[] movedTo) {
    /** {@code rewrite} turns a block of rows (cells split at tabs, stripped) into lines, the first row's first. */
    static RewrittenSeed of(String prefix, Function<List<String[]>, List<String>> rewrite, int linesAfterFirstRow) {
        return of(prefix, line -> line, rewrite, linesAfterFirstRow, false);
    }

    /**
     * As {@link #of(String, Function, int)}, each other line rewritten by {@code rewriteLine}; {@code oneLinePerRow}:
     * the parser reads each row of a rewritten block as one line, however many lines the block was written on (an
     * HTML table), so the lines after a block move by the difference.
     */
    static RewrittenSeed of(String prefix, UnaryOperator<String> rewriteLine, Function<List<String[]>, List<String>> rewrite,
                            int linesAfterFirstRow, boolean oneLinePerRow) {
        DamagedSeed seed = DamagedSeed.of(prefix);
        String[] src = seed.lines();
        List<String> out = new ArrayList<>();
        int[] movedTo = new int[src.length + 1];
        int shift = 0; // where the parser reads a line of out, minus its place in out
        for (int n = 1; n <= src.length; ) {
            if (src[n - 1].indexOf('\t') < 0) {
                out.add(rewriteLine.apply(src[n - 1]));
                movedTo[n] = out.size() + shift;
                n++;
                continue;
            }
            List<String[]> block = new ArrayList<>();
            int first = n;
            while (n <= src.length && src[n - 1].indexOf('\t') >= 0) {
                String[] cells = src[n - 1].split("\t", -1);
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = cells[k].strip();
                }
                block.add(cells);
                n++;
            }
            int at = out.size() + shift;
            List<String> written = rewrite.apply(block);
            out.addAll(written);
            for (int k = 0; k < block.size(); k++) {
                movedTo[first + k] = at + 1 + k + (k == 0 ? 0 : linesAfterFirstRow);
            }
            if (oneLinePerRow) {
                shift += block.size() - written.size();
            }
        }
        return new RewrittenSeed(seed, out, movedTo);
    }

    /** This seed with its lines replaced (the same number of lines, the same places). */
    RewrittenSeed withLines(List<String> replaced) {
        return new RewrittenSeed(seed, replaced, movedTo);
    }

    ParsedDisclosure parse() {
        return DisclosureParser.standard().parse(seed.path(), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The rewritten seed's line items, facts, 三公 rows and failed checks are the original's, at their new lines. */
    void assertSameRecords(ParsedDisclosure rewritten) {
        ParsedDisclosure clean = seed.clean();
        assertThat(keys(rewritten.lineItems(), i -> DamagedSeed.key(i)))
                .isEqualTo(keys(clean.lineItems(), i -> DamagedSeed.key(i, movedTo[i.sourceLine()] - i.sourceLine())));
        assertThat(keys(rewritten.narrativeFacts(), DamagedSeed::key)).isEqualTo(keys(clean.narrativeFacts(),
                f -> DamagedSeed.key(f).replaceFirst("^\\d+", String.valueOf(movedTo[f.sourceLine()]))));
        assertThat(rewritten.threePublic()).hasSameSizeAs(clean.threePublic());
        assertThat(failed(rewritten.checks())).isEqualTo(failed(clean.checks()));
    }

    private static <T> Set<String> keys(List<T> records, Function<T, String> key) {
        return records.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> failed(List<Check> checks) {
        return checks.stream().filter(c -> !c.passed())
                .map(c -> c.rule() + "|" + c.subject().replaceFirst("^line:\\d+$", "line") + "|" + c.severity() + "|"
                        + c.expected() + "|" + c.actual())
                .sorted().toList();
    }
}
