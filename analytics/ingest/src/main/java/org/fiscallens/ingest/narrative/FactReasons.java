package org.fiscallens.ingest.narrative;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Gives each figure of a paragraph the reason the paragraph states for it (主要原因是…), as written. */
final class FactReasons {
    private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");
    private static final Pattern REASON_TRIM = Pattern.compile("^[:：\\s]+|[,，;；:：\\s]+$");
    /** Kinds a reason explains (a share or a count is not what a reason is given for). */
    private static final Set<String> REASONED = Set.of("amount", "initial_budget", "adjusted_budget",
            "change_amount", "change_pct", "completion_pct", "completion_adjusted_pct", "variance_pct");

    private FactReasons() {
    }

    /**
     * Adds the facts {@code found} in paragraph {@code p} to {@code facts}, each figure with the reason given for it:
     * a reason explains the figures of its own sentence and of the one before it, before the reason.
     */
    static void attach(List<NarrativeMatcher.Found> found, List<ProseClauses.Span> reasons, ProseParagraph p,
                       List<NarrativeFact> facts) {
        int from = -1;
        String[] reasonOf = new String[found.size()];
        String t = p.text();
        for (ProseClauses.Span r : reasons) {
            // a reason explains the figures of its own sentence and of the one before it
            int own = ProseClauses.sentenceStart(t, r.start());
            from = Math.max(from, own == 0 ? -1 : ProseClauses.sentenceStart(t, own - 1) - 1);
            String text = p.rawSlice(r.textStart(), r.end()).transform(x -> REASON_TRIM.matcher(x).replaceAll(""))
                    .transform(x -> HAN_GAP.matcher(x).replaceAll("")); // OCR spaces inside words
            for (int k = 0; k < found.size(); k++) {
                NarrativeMatcher.Found f = found.get(k);
                if (f.pos() > from && f.pos() < r.start() && REASONED.contains(f.fact().factKind())
                        && reasonOf[k] == null && !text.isEmpty()) {
                    reasonOf[k] = text;
                }
            }
            from = r.end();
        }
        for (int k = 0; k < found.size(); k++) {
            NarrativeFact f = found.get(k).fact();
            facts.add(reasonOf[k] == null ? f : new NarrativeFact(f.docId(), f.statement(), f.subject(),
                    f.subjectName(), f.factKind(), f.value(), f.unit(), f.sourceLine(), f.sentence(), reasonOf[k]));
        }
    }
}
