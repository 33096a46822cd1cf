package org.fiscallens.ingest.narrative;

import java.util.regex.Pattern;

/**
 * A named clause pattern (句式), one entry of {@code ingest/narrative/patterns.txt}. The generic matcher
 * tries the patterns in order on every clause of prose; the first one that matches and whose subject
 * resolves makes the fact.
 *
 * @param name        stable name, reported as the issue layout
 * @param regex       full-match regex over a normalised clause; groups: {@code subject} (the words naming
 *                    what is measured; absent or empty means the subject in force), {@code value} (the
 *                    number), {@code unit} (万元|元 for amounts), {@code dir} (增加/减少… for the sign)
 * @param factKind    fact kind in a final account (决算)
 * @param budgetFactKind fact kind in a budget document (预算), where budget figures are the amounts
 * @param valueKind   {@code amount} (converted to 元), {@code pct}, {@code count}, {@code zero} (a stated
 *                    "no change": 与上年相同 / 持平)
 * @param unit        unit of counts (辆, 人, 人次, 批次, 个, 台, 平方米, 分)
 * @param statement   fixed statement, or null to take the subject's
 * @param subject     fixed subject key, or null to resolve the {@code subject} group
 * @param require     statement the resolved subject must have, or null
 * @param setsContext whether a subject named here becomes the subject in force
 * @param byName      whether an unrecognised plain name may stand as a {@code name:} subject
 * @param requires    groups of literals a clause must contain, one literal of every group, for the regex to be
 *                    tried (a cheap filter): the literal of the value kind and unit (元, %, the count unit), and the
 *                    literals the entry states as {@code requires}
 * @param priorToo    words that, found in the sentence up to the end of the matching clause, say the figure holds
 *                    for the prior year as well ({@code 上年及本年度，本单位无…}): the fact is then also made as a
 *                    {@code prior_amount}; null when the pattern never speaks of two years
 */
record NarrativePattern(String name, Pattern regex, String factKind, String budgetFactKind, String valueKind,
                        String unit, String statement, String subject, String require, boolean setsContext,
                        boolean byName, java.util.List<Requirement> requires, Pattern priorToo) {
    NarrativePattern {
        requires = java.util.List.copyOf(requires);
    }

    /**
     * Whether {@code clause}, whose {@link #signature} is {@code clauseSignature}, can possibly match (contains a
     * literal of every required group).
     */
    boolean mayMatch(String clause, long clauseSignature) {
        for (int g = 0; g < requires.size(); g++) { // indexed: runs per clause and pattern, no iterator
            if (!requires.get(g).metBy(clause, clauseSignature)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The signature bits every clause this pattern may match has: those of each required group's literals in
     * common (for a group of one literal, all its bits). A clause lacking one cannot match.
     */
    long requiredSignature() {
        long must = 0;
        for (Requirement r : requires) {
            long common = -1L;
            for (long s : r.signatures()) {
                common &= s;
            }
            must |= r.signatures().length == 0 ? 0 : common;
        }
        return must;
    }

    /** The set of characters of {@code text}, folded to 64 bits: a text lacking a bit lacks the characters behind it. */
    static long signature(String text) {
        long sig = 0;
        for (int i = 0; i < text.length(); i++) {
            sig |= 1L << (text.charAt(i) & 63);
        }
        return sig;
    }

    /**
     * Literals one of which a clause must contain, with their {@link #signature}s: a literal whose characters
     * the clause's signature lacks is not looked for.
     */
    record Requirement(java.util.List<String> literals, long[] signatures) {
        static Requirement of(java.util.List<String> literals) {
            return new Requirement(java.util.List.copyOf(literals),
                    literals.stream().mapToLong(NarrativePattern::signature).toArray());
        }

        /** The literals of a {@code requires} value ({@code 增加|减少}). */
        static Requirement parse(String requires) {
            return of(java.util.List.of(requires.split("\\|")));
        }

        /** Whether {@code text} contains one of the literals. */
        boolean metBy(String text) {
            for (String literal : literals) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }

        boolean metBy(String clause, long clauseSignature) {
            for (int i = 0; i < signatures.length; i++) {
                if ((signatures[i] & clauseSignature) == signatures[i] && clause.contains(literals.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
