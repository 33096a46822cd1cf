package org.fiscallens.ingest.table;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One table layout, loaded from a descriptor resource under {@code ingest/tables/layouts/}: how to recognise the
 * table (title and table-code patterns), how to read its header (aliases that name canonical measures and
 * column groups) and what its rows hold. Immutable.
 *
 * @param key            stable layout key, e.g. {@code final.expenditure}; named in every issue the layout raises
 * @param tableKind      canonical table kind written on line items, e.g. {@code expenditure}
 * @param titleZh        canonical Chinese title, used for a missing table's status
 * @param docKinds       document kinds ({@code budget}/{@code final}) the layout applies to; empty = any
 * @param mandatedFor    document kinds that must publish this table kind
 * @param titles         patterns matched against the compacted title (year prefix and ordinal removed)
 * @param codes          patterns matched against a compacted table-code line ({@code 公开05表}, {@code 表5})
 * @param reader         {@code rows} (rows of labelled amounts), {@code segments} (side-by-side code/name/amount
 *                       triplets such as 06表), {@code three_public} (categories as columns), {@code toc} (a 目录
 *                       listing tables with 是否空表), {@code non_financial} (recognised and consumed, no amounts)
 * @param classification classification of coded rows: {@code function}, {@code dept_economic},
 *                       {@code gov_economic} or {@code plain}
 * @param segmentGroups  groups of side-by-side column segments (01表 收入 | 支出)
 * @param columnGroups   groups named by spanning header cells (本年收入 | 上年结转结余; 预算数 | 决算数)
 * @param measures       canonical measures with the header texts that name them; for {@code three_public}
 *                       the category keys
 * @param resolve        how rows printed without a code get one: {@code document} (from the document's own coded
 *                       rows, by name), {@code function_class} (类 names), or {@code none}
 * @param groupByCode    for segment tables: group key by code prefix (301 → personnel)
 */
public record TableDescriptor(String key, String tableKind, String titleZh, List<String> docKinds,
                              List<String> mandatedFor, List<Pattern> titles, List<Pattern> codes, String reader,
                              String classification, List<Alias> segmentGroups, List<Alias> columnGroups,
                              List<Alias> measures, String resolve, Map<String, List<String>> groupByCode) {
    public TableDescriptor {
        docKinds = List.copyOf(docKinds);
        mandatedFor = List.copyOf(mandatedFor);
        titles = List.copyOf(titles);
        codes = List.copyOf(codes);
        segmentGroups = List.copyOf(segmentGroups);
        columnGroups = List.copyOf(columnGroups);
        measures = List.copyOf(measures);
        groupByCode = Map.copyOf(groupByCode);
    }

    /** A canonical key and the (compacted) texts that name it. */
    public record Alias(String key, List<String> aliases) {
        public Alias {
            aliases = aliases.stream().map(Labels::compact).toList();
        }
    }

    boolean appliesTo(String docKind) {
        return docKinds.isEmpty() || docKind == null || docKinds.contains(docKind);
    }

    boolean titleMatches(String compactTitle) {
        return anyMatches(titles, compactTitle);
    }

    boolean codeMatches(String compactCode) {
        return anyMatches(codes, compactCode);
    }

    private static boolean anyMatches(List<Pattern> patterns, String text) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
