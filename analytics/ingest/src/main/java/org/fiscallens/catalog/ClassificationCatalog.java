package org.fiscallens.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Budget classification codes (政府收支分类科目) keyed by scheme, code and year: names, levels, parents and
 * renames across years. Built from our reference file {@code classification.tsv} and enlarged with the
 * code/name pairs parsed documents carry ({@link #withObserved}). Immutable and thread-safe.
 */
public final class ClassificationCatalog {
    private final Map<String, List<CatalogEntry>> byKey;

    /**
     * Entries by scheme and code length, then by name stem ({@link Names#stem} of the name and of each alias), in
     * catalog order; built on first name lookup (benign race: every thread builds the same index).
     */
    private volatile Map<String, Map<String, List<CatalogEntry>>> byStem;

    private ClassificationCatalog(Map<String, List<CatalogEntry>> byKey) {
        this.byKey = byKey;
    }

    /** The entries of {@code scheme} with codes of {@code length} digits named {@code stem}, in catalog order. */
    private List<CatalogEntry> named(String scheme, int length, String stem) {
        return stems().getOrDefault(scheme + '\u0001' + length, Map.of()).getOrDefault(stem, List.of());
    }

    /**
     * Whether {@code name} names an entry (by its name or an alias, ordinals, spaces and a trailing 支出 aside) of any
     * scheme, code length and year: {@code 对个人和家庭的补助} does, {@code 家庭的补助} does not.
     */
    public boolean knowsName(String name) {
        String stem = Names.stem(name);
        for (Map<String, List<CatalogEntry>> byName : stems().values()) {
            if (byName.containsKey(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some entry's name or alias, of any scheme, code length and year, starts with {@code head} (spaces
     * aside): {@code 机关事业单位基本养老保险缴费支} starts 机关事业单位基本养老保险缴费支出, {@code 及运行维护费} starts none.
     */
    public boolean startsAName(String head) {
        String h = head.replace(" ", "").replace("\u3000", "");
        if (h.isEmpty()) {
            return false;
        }
        for (List<CatalogEntry> entries : byKey.values()) {
            for (CatalogEntry e : entries) {
                if (e.name().startsWith(h) || e.aliases().stream().anyMatch(a -> a.startsWith(h))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code name} (by name or alias, as {@link #knowsName} compares them) names an entry of {@code scheme}
     * whose code is longer than {@code code} and starts with it: 事业单位离退休 under 208 (2080502) does.
     */
    public boolean namesCodeUnder(String scheme, String code, String name) {
        String stem = Names.stem(name);
        for (int length = code.length() + 2; length <= 7; length += 2) {
            Map<String, List<CatalogEntry>> byName = stems().get(scheme + '\u0001' + length);
            List<CatalogEntry> named = byName == null ? null : byName.get(stem);
            if (named != null && named.stream().anyMatch(e -> e.code().startsWith(code))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Map<String, List<CatalogEntry>>> stems() {
        Map<String, Map<String, List<CatalogEntry>>> index = byStem;
        if (index == null) {
            Map<String, Map<String, List<CatalogEntry>>> built = new java.util.HashMap<>();
            for (List<CatalogEntry> entries : byKey.values()) {
                for (CatalogEntry e : entries) {
                    Map<String, List<CatalogEntry>> stems =
                            built.computeIfAbsent(e.scheme() + '\u0001' + e.code().length(), k -> new java.util.HashMap<>());
                    java.util.Set<String> named = new java.util.LinkedHashSet<>();
                    named.add(Names.stem(e.name()));
                    e.aliases().forEach(a -> named.add(Names.stem(a)));
                    for (String s : named) {
                        stems.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                    }
                }
            }
            index = built;
            byStem = built;
        }
        return index;
    }

    private static ClassificationCatalog standardCatalog;

    /** The reference catalog (loaded once). */
    public static synchronized ClassificationCatalog standard() {
        if (standardCatalog == null) {
            standardCatalog = load();
        }
        return standardCatalog;
    }

    private static ClassificationCatalog load() {
        Map<String, List<CatalogEntry>> map = new LinkedHashMap<>();
        try (InputStream in = ClassificationCatalog.class.getResourceAsStream("classification.tsv")) {
            if (in == null) {
                throw new IllegalStateException("classification.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 6);
                if (f[0] == null || f[1] == null || f[2] == null) {
                    throw new IllegalStateException("classification.tsv line " + n + ": need scheme, code, name");
                }
                String scheme = f[0];
                String code = f[1];
                List<String> aliases = f[5] == null || f[5].isBlank() ? List.of() : List.of(f[5].split("\\|"));
                CatalogEntry e = new CatalogEntry(scheme, code, f[2], CatalogEntry.levelOf(scheme, code),
                        CatalogEntry.parentOf(code), year(f[3]), year(f[4]), aliases, "reference");
                map.computeIfAbsent(key(scheme, code), k -> new ArrayList<>()).add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load classification.tsv", e);
        }
        return new ClassificationCatalog(freeze(map));
    }

    /**
     * A catalog that also knows the codes seen in a document: a code the reference lacks is added with the
     * name the document gives it ({@code source = document:<docId>}). Known codes are left as they are:
     * a differing name is a mismatch to report, not a new truth.
     */
    public ClassificationCatalog withObserved(String docId, Integer year, List<ObservedCode> observed) {
        Map<String, List<CatalogEntry>> added = new LinkedHashMap<>();
        for (ObservedCode o : observed) {
            if (o.code() == null || o.name() == null || CatalogEntry.levelOf(o.scheme(), o.code()) == null) {
                continue;
            }
            String k = key(o.scheme(), o.code());
            if (!byKey.containsKey(k) && !added.containsKey(k)) {
                added.put(k, List.of(new CatalogEntry(o.scheme(), o.code(), Names.normalise(o.name()),
                        CatalogEntry.levelOf(o.scheme(), o.code()), CatalogEntry.parentOf(o.code()), year, year,
                        List.of(), "document:" + docId)));
            }
        }
        if (added.isEmpty()) {
            return this;
        }
        Map<String, List<CatalogEntry>> map = new LinkedHashMap<>(byKey);
        map.putAll(added);
        return new ClassificationCatalog(java.util.Collections.unmodifiableMap(map));
    }

    /** The code/name pairs the coded rows of a document's tables carry (function and economic codes). */
    public static List<ObservedCode> observedIn(List<org.fiscallens.ingest.table.LineItem> items) {
        List<ObservedCode> out = new ArrayList<>();
        for (var i : items) {
            if (i.code() != null && i.name() != null && List.of("function", "dept_economic", "gov_economic").contains(i.classification())
                    && FunctionCodes.isClassCode(i.code())) {
                out.add(new ObservedCode(i.classification(), i.code(), i.name()));
            }
        }
        return out;
    }

    /** A code and the name a document wrote next to it. */
    public record ObservedCode(String scheme, String code, String name) {
    }

    /** The entry for {@code code} valid in {@code year} (the latest one when year is null or outside every span). */
    public Optional<CatalogEntry> lookup(String scheme, String code, Integer year) {
        List<CatalogEntry> entries = byKey.get(key(scheme, code));
        if (entries == null) {
            return Optional.empty();
        }
        CatalogEntry latest = null;
        for (CatalogEntry e : entries) {
            if (e.validIn(year)) {
                return Optional.of(e);
            }
            if (latest == null || from(e) > from(latest)) { // the first of equally late entries, as Stream.max keeps
                latest = e;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static int from(CatalogEntry e) {
        return e.fromYear() == null ? 0 : e.fromYear();
    }

    /** Every name the code has carried, oldest first (more than one entry means it was renamed). */
    public List<CatalogEntry> history(String scheme, String code) {
        return byKey.getOrDefault(key(scheme, code), List.of());
    }

    /** How {@code name}, written next to {@code code} in a document of {@code year}, compares with the catalog. */
    public NameMatch matchName(String scheme, String code, String name, Integer year) {
        List<CatalogEntry> entries = byKey.get(key(scheme, code));
        if (entries == null) {
            return NameMatch.UNKNOWN_CODE;
        }
        String n = Names.normalise(name);
        Optional<CatalogEntry> current = lookup(scheme, code, year);
        if (current.isPresent() && Names.normalise(current.get().name()).equals(n)) {
            return NameMatch.EXACT;
        }
        if (current.isPresent() && current.get().aliases().stream().map(Names::normalise).anyMatch(n::equals)) {
            return NameMatch.ALIAS;
        }
        String stem = Names.stem(name);
        if (current.isPresent() && (Names.stem(current.get().name()).equals(stem)
                || current.get().aliases().stream().map(Names::stem).anyMatch(stem::equals))) {
            return NameMatch.ALIAS; // 社会保障和就业 for 社会保障和就业支出
        }
        for (CatalogEntry e : entries) {
            if (Names.stem(e.name()).equals(stem) || e.aliases().stream().map(Names::stem).anyMatch(stem::equals)) {
                return NameMatch.OTHER_YEAR;
            }
        }
        return NameMatch.MISMATCH;
    }

    /**
     * Resolves a path of names, 类 first ({@code 卫生健康支出/医疗保障管理事务/信息化建设}), to a function code
     * of matching depth, as valid in {@code year}. A trailing 支出 and spaces are ignored.
     */
    public Optional<String> resolveFunctionPath(List<String> names, Integer year) {
        String parent = null;
        String code = null;
        for (String name : names) {
            code = childNamed("function", parent, name, year, parent == null ? 3 : parent.length() + 2).orElse(null);
            if (code == null) {
                return Optional.empty();
            }
            parent = code;
        }
        return Optional.ofNullable(code);
    }

    /**
     * Resolves one economic-classification name (基本工资, 办公费, 工资福利支出) to a code: 部门经济分类 first, then
     * 政府经济分类. Empty when no name matches.
     */
    public Optional<EconomicCode> resolveEconomicName(String name, Integer year) {
        for (String scheme : List.of("dept_economic", "gov_economic")) {
            for (int length : new int[]{5, 3}) {
                Optional<String> code = childNamed(scheme, null, name, year, length);
                if (code.isPresent()) {
                    return Optional.of(new EconomicCode(scheme, code.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** An economic code with its scheme ({@code dept_economic} or {@code gov_economic}). */
    public record EconomicCode(String scheme, String code) {
    }

    /**
     * The code of the first entry (catalog order) of {@code scheme} and code {@code length} under {@code parent}
     * whose name or an alias has the stem of {@code name}, valid in {@code year}; else the first such entry of
     * another year.
     */
    private Optional<String> childNamed(String scheme, String parent, String name, Integer year, int length) {
        String exact = null;
        String other = null;
        for (CatalogEntry e : named(scheme, length, Names.stem(name))) {
            if (parent != null && !e.code().startsWith(parent)) {
                continue;
            }
            if (e.validIn(year)) {
                exact = exact == null ? e.code() : exact;
            } else {
                other = other == null ? e.code() : other;
            }
        }
        return Optional.ofNullable(exact != null ? exact : other);
    }

    /** Every entry, ordered by scheme and code. */
    public List<CatalogEntry> entries() {
        return byKey.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(CatalogEntry::scheme).thenComparing(CatalogEntry::code)).toList();
    }

    private static String key(String scheme, String code) {
        return scheme + ":" + code;
    }

    private static Integer year(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private static Map<String, List<CatalogEntry>> freeze(Map<String, List<CatalogEntry>> map) {
        Map<String, List<CatalogEntry>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
