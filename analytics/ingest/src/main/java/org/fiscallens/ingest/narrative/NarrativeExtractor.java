package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads the numbers stated in the prose of a disclosure (情况说明) with one generic matcher over named
 * sentence patterns. Thread-safe.
 *
 * <p>Besides the facts stated, it derives the prior-year figure a change implies: after
 * {@code 收、支总计均为719.68万元…各减少69.47万元}, a {@code prior_amount} fact of 789.15万元 (in 元) follows the
 * {@code change_amount} fact, on the same line and sentence ("prior = current − stated change").
 *
 * <p>Issues: {@code malformed_amount} (a prose number that is not well formed, e.g. {@code 1.367.05}; no fact is
 * made), {@code unexplained_sentence} (a prose line states money or percentages no pattern explains).
 */
public final class NarrativeExtractor {
    private final NarrativeRules rules;
    private final NarrativeMatcher matcher;

    private NarrativeExtractor(NarrativeRules rules) {
        this.rules = rules;
        this.matcher = new NarrativeMatcher(rules);
    }

    /** The extractor with every built-in sentence pattern registered. */
    public static NarrativeExtractor standard() {
        return new NarrativeExtractor(NarrativeRules.standard());
    }

    /** Reads the facts of {@code doc}; never throws for bad content, reports it as issues instead. */
    public Extraction<NarrativeFact> extract(SourceDocument doc, DocumentInfo info) {
        return extract(doc, info, ProseParagraphs.of(doc));
    }

    /**
     * As {@link #extract(SourceDocument, DocumentInfo)}, over {@code paragraphs}: {@link ProseParagraphs#of} of
     * {@code doc}, cut once by a caller that hands them to other extractors too.
     */
    public Extraction<NarrativeFact> extract(SourceDocument doc, DocumentInfo info, List<ProseParagraph> paragraphs) {
        List<NarrativeFact> facts = new ArrayList<>();
        List<ParseIssue> issues = new ArrayList<>();
        BitSet consumed = new BitSet();
        var ctx = new NarrativeMatcher.DocContext(doc.path(), doc.docId(),
                normalisedName(info == null ? null : info.departmentName()),
                info != null && info.kind() == DocKind.BUDGET);
        var state = new NarrativeMatcher.State();
        for (ProseParagraph p : paragraphs) {
            try {
                matcher.match(p, state, ctx, facts, issues, consumed);
            } catch (RuntimeException e) {
                issues.add(new ParseIssue(doc.path(), doc.docId(), p.firstLine(), "narrative", "narrative_error",
                        "error", "could not read this paragraph: " + e, "无法解读此段文字：" + e, p.raw()));
            }
        }
        return new Extraction<>(withPriorAmounts(facts), issues, consumed);
    }

    /** The department name as it appears in normalised prose (no whitespace, ASCII parentheses). */
    private static String normalisedName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            char f = ProseParagraphs.fold(c);
            if (f != 0) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** Inserts after each stated change the prior-year figure it implies (current − change). */
    static List<NarrativeFact> withPriorAmounts(List<NarrativeFact> facts) {
        List<NarrativeFact> out = new ArrayList<>(facts.size() + 8);
        for (int i = 0; i < facts.size(); i++) {
            NarrativeFact f = facts.get(i);
            if (!NarrativeMatcher.UNREADABLE.equals(f.factKind())) {
                out.add(f);
            }
            if (!"change_amount".equals(f.factKind())) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                NarrativeFact c = facts.get(k);
                if (NarrativeMatcher.UNREADABLE.equals(c.factKind()) && c.statement().equals(f.statement())
                        && c.subject().equals(f.subject())) {
                    break; // the figure the change is from could not be read: no prior-year figure is implied
                }
                if ("amount".equals(c.factKind()) && c.statement().equals(f.statement())
                        && c.subject().equals(f.subject())) {
                    BigDecimal prior = c.value().subtract(f.value());
                    out.add(new NarrativeFact(f.docId(), f.statement(), f.subject(), f.subjectName(), "prior_amount",
                            prior, "元", f.sourceLine(), f.sentence(), f.reason()));
                    break;
                }
            }
        }
        return out;
    }
}
