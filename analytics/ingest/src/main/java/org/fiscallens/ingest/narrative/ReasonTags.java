package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.source.DataResource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tags the reason a document gives for a deviation (主要原因是…) by kind, so reasons compare across
 * departments: {@code personnel_change}, {@code policy_standard_change}, {@code carryover_or_added_funds},
 * {@code budget_adjustment}, {@code project_not_carried_out}, {@code austerity},
 * {@code price_or_procurement_saving}, {@code demand_change}, {@code asset_purchase}, else {@code other}. Rules are data
 * ({@code ingest/narrative/reasons.tsv}); a reason may carry several tags. Thread-safe.
 */
public final class ReasonTags {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** One tagging rule. */
    public record Rule(String tag, Pattern pattern) {
    }

    private static final List<Rule> RULES = load("/ingest/narrative/reasons.tsv");

    private ReasonTags() {
    }

    /** The tags of {@code reason} in rule order; {@code [other]} when none applies; empty for null/blank. */
    public static List<String> tag(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of();
        }
        String text = WHITESPACE.matcher(reason).replaceAll("");
        List<String> tags = new ArrayList<>();
        for (Rule r : RULES) {
            if (r.pattern().matcher(text).find()) {
                tags.add(r.tag());
            }
        }
        return tags.isEmpty() ? List.of("other") : List.copyOf(tags);
    }

    /** The registered rules, in order. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (DataResource.Line data : DataResource.lines(ReasonTags.class, resource)) {
            String line = data.text();
            String[] f = line.split("\t+", 2);
            rules.add(new Rule(f[0], Pattern.compile(f[1])));
        }
        return List.copyOf(rules);
    }
}
