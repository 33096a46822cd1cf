package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.AmountText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one generic matcher: cuts a paragraph into clauses and applies the registered {@link NarrativePattern}s
 * in order, carrying the subject in force from clause to clause (and paragraph to paragraph, until a heading),
 * so that {@code 与上年相比，增加247.63万元} is read as a change of the subject named before it. Clauses and reasons
 * are cut by {@link ProseClauses}; reasons are given to the figures by {@link FactReasons}; figures no pattern read
 * are reported by {@link UnexplainedProse}.
 */
final class NarrativeMatcher {
    /** Clauses that describe what money was used for; they never name the subject of the next figure. */
    private static final Pattern DESCRIPTIVE = Pattern.compile("^(主要)?(用于|包括|是)|开支内容|主要是|如下");
    private static final Set<String> NEGATIVE = Set.of("减少", "下降", "降低", "降幅");

    /** Longest clause the patterns are tried on (keeps matching linear on run-on text). */
    private static final int MAX_CLAUSE = 300;

    private final NarrativeRules rules;

    /** {@link NarrativePattern#requiredSignature()} of each pattern, in order. */
    private final long[] requiredSignatures;

    NarrativeMatcher(NarrativeRules rules) {
        this.rules = rules;
        this.requiredSignatures = rules.patterns.stream().mapToLong(NarrativePattern::requiredSignature).toArray();
    }

    /** What the document is, as far as the matcher cares. */
    record DocContext(String path, String docId, String departmentName, boolean budget) {
    }

    /** The subject in force, carried across clauses and paragraphs of one document. */
    static final class State {
        Subject context;
        Subject listParent;
        boolean inList;
        /** Subject phrases already resolved in this document (phrases repeat from section to section). */
        final java.util.Map<String, SubjectLexicon.Resolution> resolved = new java.util.HashMap<>();
        /** One matcher per clause pattern, made on first use and reset for each clause of the document. */
        private Matcher[] matchers;

        Matcher matcher(int pattern, NarrativePattern np, String clause, int patterns) {
            if (matchers == null) {
                matchers = new Matcher[patterns];
            }
            Matcher m = matchers[pattern];
            if (m == null) {
                m = np.regex().matcher(clause);
                matchers[pattern] = m;
                return m;
            }
            return m.reset(clause);
        }

        void reset() {
            context = null;
            listParent = null;
            inList = false;
        }
    }

    /** A fact found at a position of the paragraph text, before its reason is known. */
    record Found(NarrativeFact fact, int pos) {
    }

    void match(ProseParagraph p, State state, DocContext doc, List<NarrativeFact> facts, List<ParseIssue> issues,
               BitSet consumed) {
        if (p.heading()) {
            state.reset();
        }
        String t = p.text();
        for (NarrativeRules.Search skip : rules.paragraphSkips) {
            if (skip.worthSearching(t) && skip.pattern().matcher(t).find()) {
                consumed.set(p.firstLine(), p.lastLine() + 1);
                return;
            }
        }
        List<ProseClauses.Span> reasons = ProseClauses.reasons(t, rules.reasonMarker);
        List<int[]> explained = new ArrayList<>();
        for (ProseClauses.Span r : reasons) {
            explained.add(new int[]{r.start(), r.end()});
        }
        List<Found> found = new ArrayList<>();
        // a clause that only names a subject matters when figures follow in the same paragraph, or when it is
        // a heading (一般公共预算财政拨款支出决算具体情况) that sets the statement of the section
        // a number with any unit (ProseTokens.holdsQuantity): a clause holding one is not a mere mention of a subject
        boolean holdsFigures = p.heading() || ProseTokens.holdsQuantity(t);
        for (ProseClauses.Clause c : ProseClauses.clauses(t, reasons)) {
            String text = t.substring(c.start(), c.end());
            if (c.sepBefore() == '。') {
                state.listParent = null;
                state.inList = false;
            }
            if (text.startsWith("其中")) {
                state.listParent = state.context;
                state.inList = false;
            } else if (c.sepBefore() == '、' && state.listParent != null) {
                state.inList = true;
            } else if (state.inList) {
                state.context = state.listParent;
                state.inList = false;
                state.listParent = null;
            }
            String body = ProseTokens.withoutTrailingNote(text);
            if (apply(body, c.start(), p, state, doc, found, issues)) {
                explained.add(new int[]{c.start(), c.end()});
            } else if (holdsFigures && !ProseTokens.holdsQuantity(body) && body.length() <= 60 && !DESCRIPTIVE.matcher(body).find()
                    && (c.sepBefore() == 0 || c.sepBefore() == '。' || c.sepBefore() == '!' || c.sepBefore() == '?')) {
                resolve(body, state, doc).ifPresent(s -> state.context =
                        s.statement() != null ? s : s.withStatement(inForceStatement(state)));
            }
        }
        FactReasons.attach(found, reasons, p, facts);
        UnexplainedProse.report(p, t, explained, doc, issues, consumed);
    }

    private boolean apply(String clause, int offset, ProseParagraph p, State state, DocContext doc,
                          List<Found> found, List<ParseIssue> issues) {
        if (clause.length() > MAX_CLAUSE) {
            return false; // no sentence clause is this long: a run-on extraction artefact, reported if it holds data
        }
        // a figure with a damaged character: the clause still names its subject (which the clauses after it
        // follow), so it is matched with the figure's characters zeroed, but no fact is made from it
        ProseTokens.Damaged damaged = ProseTokens.damagedToken(clause);
        if (damaged != null) {
            clause = ProseTokens.zeroed(clause, damaged);
        }
        long signature = NarrativePattern.signature(clause);
        for (int k = 0; k < rules.patterns.size(); k++) {
            NarrativePattern np = rules.patterns.get(k);
            if ((signature & requiredSignatures[k]) != requiredSignatures[k] || !np.mayMatch(clause, signature)) {
                continue;
            }
            Matcher m = state.matcher(k, np, clause, rules.patterns.size());
            if (!m.matches()) {
                continue;
            }
            boolean[] named = new boolean[1];
            Subject subject = subject(np, m, state, doc, named);
            if (subject == null) {
                continue;
            }
            if (damaged != null) {
                if (np.setsContext() && named[0]) {
                    state.context = subject;
                }
                if ("amount".equals(np.valueKind())) { // stands where the amount would: no change is taken from it
                    int at = offset + (hasGroup(np, VALUE_GROUP) ? m.start("value") : 0);
                    found.add(new Found(new NarrativeFact(doc.docId(), subject.statement(), subject.key(),
                            subject.name(), UNREADABLE, null, null, p.line(at), damaged.token(), null), at));
                }
                return reportDamaged(damaged, offset, p, doc, issues);
            }
            boolean hasValue = hasGroup(np, VALUE_GROUP);
            int pos = offset + (hasValue ? m.start("value") : 0);
            BigDecimal value;
            String unit;
            switch (np.valueKind()) {
                case "zero" -> {
                    value = BigDecimal.ZERO;
                    unit = "元";
                }
                case "amount", "pct", "count" -> {
                    String raw = m.group("value");
                    var parsed = AmountText.parse(raw);
                    if (parsed.isEmpty()) {
                        issues.add(new ParseIssue(doc.path(), doc.docId(), p.line(pos), "narrative." + np.name(),
                                "malformed_amount", "error",
                                "prose amount '" + raw + "' is not a well-formed number; no fact was made from it",
                                "文中金额“" + raw + "”不是格式正确的数字，未据此提取数据",
                                p.rawSlice(ProseClauses.sentenceStart(p.text(), pos), ProseClauses.sentenceEnd(p.text(), pos))));
                        return true;
                    }
                    value = parsed.get();
                    if ("amount".equals(np.valueKind())) {
                        value = AmountText.toYuan(value, m.group("unit"));
                        unit = "元";
                    } else {
                        unit = "pct".equals(np.valueKind()) ? "%" : np.unit();
                    }
                }
                default -> throw new IllegalStateException("unknown value kind " + np.valueKind());
            }
            if (hasGroup(np, DIR_GROUP) && m.group("dir") != null && NEGATIVE.contains(m.group("dir"))) {
                value = value.negate();
            }
            if (value.signum() == 0) {
                value = value.abs();
            }
            String kind = doc.budget() ? np.budgetFactKind() : np.factKind();
            String sentence = p.rawSlice(ProseClauses.sentenceStart(p.text(), pos), ProseClauses.sentenceEnd(p.text(), pos));
            found.add(new Found(new NarrativeFact(doc.docId(), subject.statement(), subject.key(), subject.name(),
                    kind, value, unit, p.line(pos), sentence, null), pos));
            if (np.priorToo() != null && !"prior_amount".equals(kind) && np.priorToo().matcher(
                    p.text().substring(ProseClauses.sentenceStart(p.text(), pos), offset + clause.length())).find()) {
                // the sentence says the figure holds for the prior year too (上年及本年度…)
                found.add(new Found(new NarrativeFact(doc.docId(), subject.statement(), subject.key(), subject.name(),
                        "prior_amount", value, unit, p.line(pos), sentence, null), pos));
            }
            if (np.setsContext() && named[0]) {
                state.context = subject;
            }
            return true;
        }
        return damaged != null && reportDamaged(damaged, offset, p, doc, issues);
    }

    /** Reports a figure with a damaged character ({@code malformed_amount}); returns true (the clause is explained). */
    private static boolean reportDamaged(ProseTokens.Damaged damaged, int offset, ProseParagraph p, DocContext doc,
                                         List<ParseIssue> issues) {
        int pos = offset + damaged.start();
        issues.add(new ParseIssue(doc.path(), doc.docId(), p.line(pos), "narrative", "malformed_amount", "error",
                "prose amount '" + damaged.token() + "' has a damaged character; no fact was made from it",
                "文中金额“" + damaged.token() + "”有损坏的字符，未据此提取数据",
                p.rawSlice(ProseClauses.sentenceStart(p.text(), pos), ProseClauses.sentenceEnd(p.text(), pos))));
        return true;
    }

    /**
     * Fact kind of a marker for an amount that could not be read (a damaged figure): it stops the prior-year
     * figure of a later change from being taken from an earlier amount, and is dropped from the facts returned.
     */
    static final String UNREADABLE = "unreadable_amount";

    private Subject subject(NarrativePattern np, Matcher m, State state, DocContext doc, boolean[] named) {
        Subject s;
        if (np.subject() != null) {
            String phrase = hasGroup(np, SUBJECT_GROUP) && m.group("subject") != null ? m.group("subject") : "";
            String name = rules.lexicon.clean(phrase, doc.departmentName());
            s = new Subject(np.statement(), np.subject(), name.isEmpty() ? np.subject() : name);
            named[0] = true;
        } else {
            String phrase = hasGroup(np, SUBJECT_GROUP) ? m.group("subject") : "";
            SubjectLexicon.Resolution r = state.resolved.computeIfAbsent(phrase == null ? "" : phrase,
                    k -> rules.lexicon.resolve(k, doc.departmentName()));
            if (r instanceof SubjectLexicon.Found f) {
                s = f.subject();
                named[0] = true;
            } else if (r instanceof SubjectLexicon.InForce) {
                if (state.context == null) {
                    return null;
                }
                s = state.context;
            } else {
                String cleaned = ((SubjectLexicon.Unknown) r).cleaned();
                if (!np.byName()) {
                    return null;
                }
                var byName = rules.lexicon.byName(cleaned, state.context == null ? null : state.context.key());
                if (byName.isEmpty()) {
                    return null;
                }
                s = byName.get();
                named[0] = true;
            }
            if (s.statement() == null) {
                s = s.withStatement(inForceStatement(state));
            }
            if (np.statement() != null) {
                s = s.withStatement(np.statement());
            }
        }
        if (np.require() != null && !np.require().equals(s.statement())) {
            return null;
        }
        return s;
    }

    private java.util.Optional<Subject> resolve(String phrase, State state, DocContext doc) {
        SubjectLexicon.Resolution r = state.resolved.computeIfAbsent(phrase,
                k -> rules.lexicon.resolve(k, doc.departmentName()));
        return r instanceof SubjectLexicon.Found f ? java.util.Optional.of(f.subject()) : java.util.Optional.empty();
    }

    private static String inForceStatement(State state) {
        return state.context != null && state.context.statement() != null ? state.context.statement() : "expenditure";
    }

    private static final String VALUE_GROUP = "(?<value>";
    private static final String DIR_GROUP = "(?<dir>";
    private static final String SUBJECT_GROUP = "(?<subject>";

    /** Whether the pattern declares the named group ({@code groupOpening} is {@code (?<name>}). */
    private static boolean hasGroup(NarrativePattern np, String groupOpening) {
        return np.regex().pattern().contains(groupOpening);
    }

}
