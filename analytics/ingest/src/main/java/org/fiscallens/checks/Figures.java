package org.fiscallens.checks;

import org.fiscallens.ingest.table.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lookups over a document's line items as the table extractor writes them: coded rows carry
 * {@code classification} function/dept_economic/gov_economic and a 3/5/7-digit code; rows without a code are
 * {@code plain} with a canonical key in {@code code} ({@code total} 合计, {@code grand_total} 总计,
 * {@code personnel} 人员经费合计, …).
 *
 * <p>One per document, used by the rules of one {@link CheckSuite#run} on one thread: the groupings by table
 * and by table kind are built on first use and kept.
 */
final class Figures {
    static final List<String> SCHEMES = List.of("function", "dept_economic", "gov_economic");

    private final List<LineItem> items;
    /** First item per table kind, classification, code and measure (the usual lookup of the rules). */
    private final Map<Key, LineItem> firstByKey = new java.util.HashMap<>();
    /** The items per table instance, worked out on first use (several rules walk the tables). */
    private Map<TableKey, List<LineItem>> byTable;
    /** The items per table kind, in document order, worked out on first use. */
    private Map<String, List<LineItem>> byKind;

    Figures(List<LineItem> items) {
        this.items = items;
        for (LineItem i : items) {
            firstByKey.putIfAbsent(new Key(i.tableKind(), i.classification(), i.code(), i.measure()), i);
        }
    }

    private record Key(String tableKind, String classification, String code, String measure) {
    }

    /** Coded rows of a table compared or summed together: one classification, measure and column group. */
    record Group(String classification, String measure, String columnGroup) {
        static Group of(LineItem i) {
            return new Group(i.classification(), i.measure(), i.columnGroup());
        }
    }

    /** One table instance: kind plus the number the document gives it (a table continued over pages is one). */
    record TableKey(String kind, String code) {
        String label() {
            return code == null ? kind : kind + " (" + code + ")";
        }
    }

    /** The items of each table instance, tables in order of first appearance (unmodifiable; built once). */
    Map<TableKey, List<LineItem>> byTable() {
        if (byTable == null) {
            Map<TableKey, List<LineItem>> out = new LinkedHashMap<>();
            for (LineItem i : items) {
                out.computeIfAbsent(new TableKey(i.tableKind(), i.tableCode()), k -> new ArrayList<>()).add(i);
            }
            out.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
            byTable = java.util.Collections.unmodifiableMap(out);
        }
        return byTable;
    }

    /** The items of table kind {@code tableKind}, in document order (unmodifiable; indexed on first use). */
    List<LineItem> ofKind(String tableKind) {
        if (byKind == null) {
            Map<String, List<LineItem>> out = new java.util.HashMap<>();
            for (LineItem i : items) {
                out.computeIfAbsent(i.tableKind(), k -> new ArrayList<>()).add(i);
            }
            out.replaceAll((k, v) -> java.util.Collections.unmodifiableList(v));
            byKind = out;
        }
        return byKind.getOrDefault(tableKind, List.of());
    }

    /** Items of a table kind with the given classification, code, measure (and column group when not null). */
    List<LineItem> find(String tableKind, String classification, String code, String measure, String columnGroup) {
        List<LineItem> out = new ArrayList<>();
        for (LineItem i : tableKind == null ? items : ofKind(tableKind)) {
            if ((classification == null || classification.equals(i.classification()))
                    && Objects.equals(code, i.code())
                    && (measure == null || measure.equals(i.measure()))
                    && (columnGroup == null || columnGroup.equals(i.columnGroup()))) {
                out.add(i);
            }
        }
        return out;
    }

    Optional<LineItem> first(String tableKind, String classification, String code, String measure, String columnGroup) {
        if (tableKind != null && classification != null && measure != null && columnGroup == null) {
            return Optional.ofNullable(firstByKey.get(new Key(tableKind, classification, code, measure)));
        }
        return find(tableKind, classification, code, measure, columnGroup).stream().findFirst();
    }

    static boolean coded(LineItem i) {
        return i.code() != null && SCHEMES.contains(i.classification()) && org.fiscallens.catalog.FunctionCodes.isClassCode(i.code());
    }

    static BigDecimal sum(List<LineItem> items) {
        return items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<Integer> lines(List<LineItem> items) {
        int[] lines = new int[items.size()];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = items.get(k).sourceLine();
        }
        return Comparisons.sortedDistinct(lines);
    }
}
