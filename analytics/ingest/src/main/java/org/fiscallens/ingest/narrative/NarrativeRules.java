package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.source.DataResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The narrative rule set: clause patterns, paragraph skips (prose another extractor reads, e.g. 绩效自评
 * summaries) and the reason marker, loaded from {@code ingest/narrative/patterns.txt}, plus the subject
 * lexicon. Immutable; {@link #standard()} is the built-in set.
 *
 * <p>File format: sections {@code [name]} followed by {@code key = value} lines. Macros in regexes:
 * {@code {SUBJ}}, {@code {AMOUNT}}, {@code {PCT}}, {@code {COUNT}}, {@code {NUM}}.
 */
final class NarrativeRules {
    private static final Map<String, String> MACROS = Map.of(
            "{SUBJ}", "(?<subject>.*?)",
            "{AMOUNT}", "(?<value>-?\\d[\\d,.]*)(?<unit>万元|元)",
            "{PCT}", "(?<value>-?\\d[\\d,.]*)%",
            "{COUNT}", "(?<value>\\d+)",
            "{NUM}", "(?<value>-?\\d[\\d,.]*)");

    private static final NarrativeRules STANDARD =
            load("/ingest/narrative/patterns.txt", SubjectLexicon.load("/ingest/narrative/subjects.tsv"));

    final List<NarrativePattern> patterns;
    final List<Search> paragraphSkips;
    final Search reasonMarker;
    final SubjectLexicon lexicon;

    /**
     * A regex searched for in paragraph text, and the literals one of which a paragraph must contain for the
     * search to be worth running (its {@code requires}; null: always search).
     */
    record Search(Pattern pattern, NarrativePattern.Requirement requires) {
        static Search of(String regex, String requires) {
            return new Search(Pattern.compile(regex), requires == null ? null : NarrativePattern.Requirement.parse(requires));
        }

        /** False when {@code text} holds none of the required literals, so the pattern cannot be found in it. */
        boolean worthSearching(String text) {
            return requires == null || requires.metBy(text);
        }
    }

    private NarrativeRules(List<NarrativePattern> patterns, List<Search> skips, Search reasonMarker,
                           SubjectLexicon lexicon) {
        this.patterns = List.copyOf(patterns);
        this.paragraphSkips = List.copyOf(skips);
        this.reasonMarker = reasonMarker;
        this.lexicon = lexicon;
    }

    static NarrativeRules standard() {
        return STANDARD;
    }

    static NarrativeRules load(String resource, SubjectLexicon lexicon) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        DataResource.sections(NarrativeRules.class, resource).forEach((section, lines) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            for (DataResource.Line line : lines) {
                int eq = line.text().indexOf('=');
                if (eq < 0) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": expected key = value: "
                            + line.text());
                }
                String key = line.text().substring(0, eq).strip();
                Set<String> known = knownKeys(section);
                if (!known.contains(key)) { // a misspelt key would otherwise be ignored without a word
                    throw new IllegalStateException(resource + ":" + line.number() + ": unknown key '" + key
                            + "' in [" + section + "]; known: " + new TreeSet<>(known));
                }
                fields.put(key, line.text().substring(eq + 1).strip());
            }
            sections.put(section, fields);
        });
        List<NarrativePattern> patterns = new ArrayList<>();
        List<Search> skips = new ArrayList<>();
        Search reason = null;
        for (var e : sections.entrySet()) {
            String name = e.getKey();
            Map<String, String> f = e.getValue();
            try {
                if (name.startsWith("skip.")) {
                    skips.add(Search.of(f.get("paragraph"), f.get("requires")));
                } else if (name.equals("reason")) {
                    reason = Search.of(f.get("marker"), f.get("requires"));
                } else {
                    String fact = required(f, "fact");
                    String valueKind = f.getOrDefault("value", "amount");
                    List<NarrativePattern.Requirement> requires = new ArrayList<>();
                    List<String> unitLiteral = switch (valueKind) {
                        case "amount" -> List.of("元");
                        case "pct" -> List.of("%");
                        case "count" -> f.containsKey("unit_text") ? List.of(f.get("unit_text").split("\\|"))
                                : f.get("unit") == null ? List.of() : List.of(f.get("unit").substring(0, 1));
                        default -> List.of();
                    };
                    if (f.containsKey("requires")) { // the stated words first: rarer than the unit
                        requires.add(NarrativePattern.Requirement.parse(f.get("requires")));
                    }
                    if (!unitLiteral.isEmpty()) {
                        requires.add(NarrativePattern.Requirement.of(unitLiteral));
                    }
                    patterns.add(new NarrativePattern(name, Pattern.compile(expand(required(f, "regex"))), fact,
                            f.getOrDefault("budget_fact", fact), valueKind,
                            f.get("unit"), f.get("statement"), f.get("subject"), f.get("require"),
                            !"no".equals(f.get("context")), "yes".equals(f.get("by_name")), requires,
                            f.containsKey("prior_too") ? Pattern.compile(f.get("prior_too")) : null));
                }
            } catch (RuntimeException ex) {
                throw new IllegalStateException(resource + ": bad pattern [" + name + "]: " + ex.getMessage(), ex);
            }
        }
        if (reason == null) {
            throw new IllegalStateException(resource + ": no [reason] section");
        }
        return new NarrativeRules(patterns, skips, reason, lexicon);
    }

    private static Set<String> knownKeys(String section) {
        return section.startsWith("skip.") ? Set.of("paragraph", "requires")
                : section.equals("reason") ? Set.of("marker", "requires")
                : Set.of("regex", "fact", "budget_fact", "value", "unit", "unit_text", "statement", "subject",
                        "require", "context", "by_name", "requires", "prior_too");
    }

    private static String required(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new IllegalStateException("missing " + key);
        }
        return v;
    }

    static String expand(String regex) {
        String s = regex;
        for (var m : MACROS.entrySet()) {
            s = s.replace(m.getKey(), m.getValue());
        }
        return s;
    }
}
