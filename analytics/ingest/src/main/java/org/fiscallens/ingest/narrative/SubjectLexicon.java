package org.fiscallens.ingest.narrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the words a sentence uses for its subject to a stable subject key. Loaded from
 * {@code ingest/narrative/subjects.tsv}: ordered rules {@code regex → statement, key} (first match wins, so
 * specific phrases precede general ones), {@code @strip} rules that remove periods, enumerations and
 * comparisons, and {@code @context} rules naming words that mean "the subject already in force".
 *
 * <p>Function classifications named in prose become {@code name:类/款/项} subjects
 * ({@code 社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）}); names written with their
 * code ({@code 住房公积金（2210201）}) become the code itself; economic classes get {@code econ:301} /
 * {@code gov_econ:505}.
 */
final class SubjectLexicon {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** Outcome of resolving a subject phrase. */
    sealed interface Resolution permits Found, InForce, Unknown {
    }

    record Found(Subject subject) implements Resolution {
    }

    record InForce() implements Resolution {
    }

    record Unknown(String cleaned) implements Resolution {
    }

    record Rule(Pattern pattern, String statement, String key) {
    }

    private static final Pattern FUNCTION_MARK = Pattern.compile("\\((类|款|项)\\)");
    private static final Pattern CODE = Pattern.compile("\\((\\d{3,7})\\)");
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{IsHan}]{2,20}");

    private final List<Rule> rules;
    private final List<Pattern> strips;
    private final List<Pattern> inForce;

    /** For each Han character, the rules whose regex holds it: a rule can only match a phrase sharing one. */
    private final java.util.Map<Character, int[]> rulesByChar;

    SubjectLexicon(List<Rule> rules, List<Pattern> strips, List<Pattern> inForce) {
        this.rules = List.copyOf(rules);
        this.strips = List.copyOf(strips);
        this.inForce = List.copyOf(inForce);
        java.util.Map<Character, java.util.TreeSet<Integer>> index = new java.util.HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            String regex = this.rules.get(i).pattern().pattern();
            for (char c : regex.toCharArray()) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    index.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(i);
                }
            }
        }
        java.util.Map<Character, int[]> frozen = new java.util.HashMap<>();
        index.forEach((c, set) -> frozen.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
        this.rulesByChar = java.util.Map.copyOf(frozen);
    }

    /** Rules that may match {@code text} (every rule of the lexicon names its subject in Han characters). */
    private boolean[] candidates(String text) {
        boolean[] flags = new boolean[rules.size()];
        for (int k = 0; k < text.length(); k++) {
            int[] ids = rulesByChar.get(text.charAt(k));
            if (ids != null) {
                for (int id : ids) {
                    flags[id] = true;
                }
            }
        }
        return flags;
    }

    static SubjectLexicon load(String resource) {
        List<Rule> rules = new ArrayList<>();
        List<Pattern> strips = new ArrayList<>();
        List<Pattern> ctx = new ArrayList<>();
        try (InputStream in = SubjectLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t+");
                try {
                    switch (f[0]) {
                        case "@strip" -> strips.add(Pattern.compile(f[1]));
                        case "@context" -> ctx.add(Pattern.compile(f[1]));
                        default -> rules.add(new Rule(Pattern.compile(f[0]), "*".equals(f[1]) ? null : f[1], f[2]));
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + no + ": bad rule: " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SubjectLexicon(rules, strips, ctx);
    }

    /** Removes periods, enumerations, the department's own name and comparison phrases. */
    String clean(String phrase, String departmentName) {
        String s = phrase;
        if (departmentName != null && !departmentName.isEmpty()) {
            s = s.replace(departmentName, ""); // already normalised by the caller
        }
        String before;
        do {
            before = s;
            for (Pattern p : strips) {
                s = p.matcher(s).replaceAll("");
            }
        } while (!s.equals(before));
        return s;
    }

    /**
     * Phrases repeat within and across documents; resolutions are pure and immutable, so they are memoised
     * (bounded), by phrase: a resolution depends on the department only where the phrase holds the department's
     * name, and such a phrase is resolved afresh (the caller memoises per document). Keyed by department as well,
     * a corpus of many departments filled the memo within 2,000 documents and every later phrase was resolved
     * afresh.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Resolution> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RESOLVED_LIMIT = 50_000;

    Resolution resolve(String phrase, String departmentName) {
        if (phrase == null) {
            return new InForce();
        }
        if (departmentName != null && !departmentName.isEmpty() && phrase.contains(departmentName)) {
            return compute(phrase, departmentName);
        }
        Resolution known = resolved.get(phrase);
        if (known != null) {
            return known;
        }
        Resolution r = compute(phrase, null);
        if (resolved.size() < RESOLVED_LIMIT) {
            resolved.put(phrase, r);
        }
        return r;
    }

    private Resolution compute(String phrase, String departmentName) {
        String cleaned = clean(phrase, departmentName);
        if (FUNCTION_MARK.matcher(cleaned).find()) {
            return functionPath(cleaned).<Resolution>map(Found::new).orElse(new Unknown(cleaned));
        }
        Matcher code = CODE.matcher(cleaned);
        if (code.find()) {
            String name = cleaned.substring(0, code.start());
            return new Found(codeSubject(code.group(1), name));
        }
        for (String candidate : cleaned.equals(phrase) ? List.of(cleaned) : List.of(cleaned, phrase)) {
            boolean[] maybe = candidates(candidate);
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (maybe[i] && rule.pattern().matcher(candidate).find()) {
                    return new Found(new Subject(rule.statement(), rule.key(), cleaned));
                }
            }
        }
        for (Pattern p : inForce) {
            if (p.matcher(cleaned).matches()) {
                return new InForce();
            }
        }
        return new Unknown(cleaned);
    }

    /**
     * A subject named without a recognised key. Under 人员经费 / 公用经费 or an economic class, a name the
     * classification catalog gives to exactly one economic code ({@code 基本工资} → {@code econ:30101}) takes
     * that code; any other plain name is kept as {@code name:…} for the parser to resolve as a function item.
     */
    Optional<Subject> byName(String cleaned, String keyInForce) {
        if (!PLAIN_NAME.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        boolean economicContext = keyInForce != null && (keyInForce.equals("personnel") || keyInForce.equals("public")
                || keyInForce.startsWith("econ:") || keyInForce.startsWith("gov_econ:"));
        if (economicContext) {
            String code = EconomicNames.INDEX.getOrDefault("econ:" + cleaned,
                    EconomicNames.INDEX.get("gov_econ:" + cleaned));
            if (code != null) {
                return Optional.of(new Subject(null, code, cleaned));
            }
        }
        return Optional.of(new Subject(null, "name:" + cleaned, cleaned));
    }

    /** Economic classification names of the reference catalog that belong to exactly one code. */
    private static final class EconomicNames {
        static final java.util.Map<String, String> INDEX = build();

        private static java.util.Map<String, String> build() {
            java.util.Map<String, String> index = new java.util.HashMap<>();
            java.util.Set<String> ambiguous = new java.util.HashSet<>();
            for (var e : org.fiscallens.catalog.ClassificationCatalog.standard().entries()) {
                String prefix = switch (e.scheme()) {
                    case "dept_economic" -> "econ:";
                    case "gov_economic" -> "gov_econ:";
                    default -> null;
                };
                if (prefix == null) {
                    continue;
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                for (String n : names) {
                    String key = WHITESPACE.matcher(n).replaceAll("").replace('（', '(').replace('）', ')');
                    String scoped = prefix + key; // unique within its scheme; 部门经济分类 is preferred
                    String prev = index.putIfAbsent(scoped, prefix + e.code());
                    if (prev != null && !prev.equals(prefix + e.code())) {
                        ambiguous.add(scoped);
                    }
                }
            }
            ambiguous.forEach(index::remove);
            return java.util.Map.copyOf(index);
        }
    }

    /** True when a subject-only phrase names something (so it sets the subject in force). */
    Optional<Subject> mention(String phrase, String departmentName) {
        Resolution r = resolve(phrase, departmentName);
        return r instanceof Found f ? Optional.of(f.subject()) : Optional.empty();
    }

    private static Optional<Subject> functionPath(String text) {
        Matcher m = FUNCTION_MARK.matcher(text);
        List<String> names = new ArrayList<>();
        int from = 0;
        String lastLevel = null;
        while (m.find()) {
            String name = text.substring(from, m.start());
            if (name.isEmpty()) {
                return Optional.empty();
            }
            names.add(name);
            lastLevel = m.group(1);
            from = m.end();
        }
        String tail = text.substring(from);
        if ("类".equals(lastLevel) && names.size() == 1 && tail.startsWith("支出") && !names.get(0).endsWith("支出")) {
            names.set(0, names.get(0) + "支出");
        }
        String path = String.join("/", names);
        return Optional.of(new Subject(null, "name:" + path, text));
    }

    private static Subject codeSubject(String code, String name) {
        String key;
        if (code.startsWith("2")) {
            key = code;
        } else if (code.startsWith("5")) {
            key = "gov_econ:" + code;
        } else {
            key = "econ:" + code;
        }
        return new Subject(null, key, name);
    }
}
