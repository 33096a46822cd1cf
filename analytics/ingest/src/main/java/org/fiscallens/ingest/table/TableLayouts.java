package org.fiscallens.ingest.table;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of table layouts. {@link #standard()} registers every built-in descriptor explicitly; a new layout
 * is a new descriptor file, one line here, and a test case. Immutable and thread-safe once built.
 */
public final class TableLayouts {
    private static final String DIR = "/ingest/tables/layouts/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final List<TableDescriptor> descriptors;

    private TableLayouts(List<TableDescriptor> descriptors) {
        this.descriptors = List.copyOf(descriptors);
    }

    /** Every built-in layout, in matching order. */
    public static TableLayouts standard() {
        return new Builder()
                .register("toc.table-list.json")
                .register("final.income-expenditure-summary.json")
                .register("final.income.json")
                .register("final.expenditure.json")
                .register("final.fiscal-summary.json")
                .register("final.general-budget-expenditure.json")
                .register("final.basic-expenditure-economic.json")
                .register("final.gov-fund.json")
                .register("final.state-capital.json")
                .register("final.three-public.json")
                .register("final.public-info.json")
                .register("budget.income-expenditure-summary.json")
                .register("budget.income.json")
                .register("budget.expenditure.json")
                .register("budget.fiscal-summary.json")
                .register("budget.general-budget-expenditure.json")
                .register("budget.general-budget-expenditure-economic.json")
                .register("budget.basic-expenditure-function.json")
                .register("budget.basic-expenditure-economic.json")
                .register("budget.economic-summary.json")
                .register("budget.three-public.json")
                .register("budget.gov-fund.json")
                .register("budget.gov-fund-summary.json")
                .register("budget.state-capital.json")
                .register("budget.project-expenditure.json")
                .register("budget.procurement.json")
                .register("performance.project-targets.json")
                .register("performance.overall-targets.json")
                .register("performance.special-fund-targets.json")
                .build();
    }

    public List<TableDescriptor> descriptors() {
        return descriptors;
    }

    /** The layout whose title pattern matches {@code compactTitle} for a document of {@code docKind}. */
    Optional<TableDescriptor> byTitle(String compactTitle, String docKind) {
        for (int i = 0; i < descriptors.size(); i++) {
            TableDescriptor d = descriptors.get(i);
            if (d.appliesTo(docKind) && d.titleMatches(compactTitle)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Builds a registry from descriptor resources. */
    public static final class Builder {
        private final List<TableDescriptor> list = new ArrayList<>();

        /** Loads {@code ingest/tables/layouts/<name>}; a missing or malformed file fails with its name. */
        public Builder register(String name) {
            list.add(load(name));
            return this;
        }

        public Builder register(TableDescriptor descriptor) {
            list.add(descriptor);
            return this;
        }

        /** The registry; fails naming the layout when two share a key. */
        public TableLayouts build() {
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (TableDescriptor d : list) {
                if (!keys.add(d.key())) {
                    throw new IllegalStateException("two table layouts share the key " + d.key());
                }
            }
            return new TableLayouts(list);
        }
    }

    record AliasFile(String key, List<String> aliases) {
    }

    record DescriptorFile(String key, String tableKind, String titleZh, List<String> docKinds,
                          List<String> mandatedFor, List<String> titles, List<String> codes, String reader,
                          String classification, List<AliasFile> segmentGroups, List<AliasFile> columnGroups,
                          List<AliasFile> measures, String resolve, Map<String, List<String>> groupByCode) {
    }

    static TableDescriptor load(String name) {
        try (InputStream in = TableLayouts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("table layout resource not found: " + DIR + name);
            }
            DescriptorFile f = JSON.readValue(in, DescriptorFile.class);
            validate(name, f);
            return new TableDescriptor(f.key(), f.tableKind(), f.titleZh(), orEmpty(f.docKinds()),
                    orEmpty(f.mandatedFor()), orEmpty(f.titles()).stream().map(Pattern::compile).toList(),
                    orEmpty(f.codes()).stream().map(Pattern::compile).toList(),
                    f.reader() == null ? "rows" : f.reader(),
                    f.classification() == null ? "plain" : f.classification(), aliases(f.segmentGroups()),
                    aliases(f.columnGroups()), aliases(f.measures()), f.resolve() == null ? "none" : f.resolve(),
                    f.groupByCode() == null ? Map.of() : f.groupByCode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table layout " + DIR + name, e);
        }
    }

    private static final java.util.Set<String> READERS =
            java.util.Set.of("rows", "segments", "three_public", "toc", "non_financial");
    private static final java.util.Set<String> CLASSIFICATIONS =
            java.util.Set.of("function", "dept_economic", "gov_economic", "plain", "three_public");
    private static final java.util.Set<String> RESOLVE = java.util.Set.of("document", "function_class", "none");

    private static void validate(String name, DescriptorFile f) {
        List<String> problems = new ArrayList<>();
        if (f.key() == null || f.tableKind() == null || f.titleZh() == null) {
            problems.add("key, tableKind and titleZh are required");
        }
        if (orEmpty(f.titles()).isEmpty()) {
            problems.add("at least one title pattern is required");
        }
        if (f.reader() != null && !READERS.contains(f.reader())) {
            problems.add("unknown reader " + f.reader() + " (one of " + READERS + ")");
        }
        if (f.classification() != null && !CLASSIFICATIONS.contains(f.classification())) {
            problems.add("unknown classification " + f.classification());
        }
        if (f.resolve() != null && !RESOLVE.contains(f.resolve())) {
            problems.add("unknown resolve " + f.resolve());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("table layout " + DIR + name + ": " + String.join("; ", problems));
        }
    }

    private static List<TableDescriptor.Alias> aliases(List<AliasFile> files) {
        return orEmpty(files).stream().map(a -> new TableDescriptor.Alias(a.key(), orEmpty(a.aliases()))).toList();
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
