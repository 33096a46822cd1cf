package org.fiscallens.ingest.threepublic;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.LineItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a document's 三公经费 figures per category, budget vs actual, from its 三公 table
 * (line items of table kind {@code three_public}, whose {@code code} holds the category key) and from
 * its prose (facts of statement {@code three_public}), including counts (vehicles, batches, persons).
 *
 * <p>Both sources are kept ({@code source} = {@code table} / {@code narrative}) so that they can be compared;
 * within one source a figure stated twice with the same value is kept once (the first statement).
 * Measures: in a final account (决算) prose amounts are {@code actual}, stated 全年预算 is {@code budget},
 * 年初预算 {@code initial_budget}, and the prior-year figure implied by a stated change {@code prior_actual};
 * in a budget document (预算) prose amounts are {@code budget} and the implied prior figure {@code prior_budget}.
 * Counts of 国内 / 外宾 reception are added up into {@code reception} when the document gives no overall count.
 * Thread-safe (stateless).
 */
public final class ThreePublicAssembler {
    static final Set<String> CATEGORIES =
            Set.of("total", "overseas", "vehicle", "vehicle_purchase", "vehicle_operation", "reception");
    private static final String PREFIX = "three_public.";

    public List<ThreePublicExpense> assemble(DocumentInfo info, List<LineItem> lineItems, List<NarrativeFact> facts) {
        String docId = info == null ? null : info.docId();
        boolean budgetDoc = info != null && info.kind() == DocKind.BUDGET;
        List<ThreePublicExpense> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LineItem li : lineItems == null ? List.<LineItem>of() : lineItems) {
            if (!"three_public".equals(li.tableKind()) || !CATEGORIES.contains(li.code())
                    || !("budget".equals(li.measure()) || "actual".equals(li.measure()))) {
                continue;
            }
            add(out, seen, new ThreePublicExpense(li.docId(), li.code(), li.measure(), li.amount(), null, null,
                    "table", li.sourceLine(), li.rawLine()));
        }
        Map<String, List<NarrativeFact>> receptionParts = new LinkedHashMap<>();
        Set<String> receptionCounts = new HashSet<>();
        for (NarrativeFact f : facts == null ? List.<NarrativeFact>of() : facts) {
            if (!"three_public".equals(f.statement()) || !f.subject().startsWith(PREFIX)) {
                continue;
            }
            String category = f.subject().substring(PREFIX.length());
            String id = docId != null ? docId : f.docId();
            if (category.startsWith("reception_")) {
                if ("count".equals(f.factKind()) && countMeasure(category, f.unit()) != null) {
                    receptionParts.computeIfAbsent(countMeasure("reception", f.unit()), k -> new ArrayList<>()).add(f);
                }
                continue;
            }
            if (!CATEGORIES.contains(category)) {
                continue;
            }
            if ("count".equals(f.factKind())) {
                String measure = countMeasure(category, f.unit());
                if (measure != null) {
                    if (category.equals("reception")) {
                        receptionCounts.add(measure);
                    }
                    add(out, seen, new ThreePublicExpense(id, category, measure, null, f.value(), f.unit(),
                            "narrative", f.sourceLine(), f.sentence()));
                }
                continue;
            }
            String measure = amountMeasure(f.factKind(), budgetDoc);
            if (measure != null) {
                add(out, seen, new ThreePublicExpense(id, category, measure, f.value(), null, null, "narrative",
                        f.sourceLine(), f.sentence()));
            }
        }
        for (var e : receptionParts.entrySet()) {
            if (receptionCounts.contains(e.getKey())) {
                continue;
            }
            // one count per part (国内 / 外宾): the first statement of each
            Map<String, NarrativeFact> byPart = new LinkedHashMap<>();
            e.getValue().forEach(f -> byPart.putIfAbsent(f.subject(), f));
            BigDecimal sum = byPart.values().stream().map(NarrativeFact::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            NarrativeFact first = byPart.values().iterator().next();
            add(out, seen, new ThreePublicExpense(docId != null ? docId : first.docId(), "reception", e.getKey(), null,
                    sum, first.unit(), "narrative", first.sourceLine(), first.sentence()));
        }
        return out;
    }

    private static void add(List<ThreePublicExpense> out, Set<String> seen, ThreePublicExpense e) {
        BigDecimal v = e.amount() != null ? e.amount() : e.quantity();
        String key = e.category() + "|" + e.measure() + "|" + e.source() + "|"
                + (v == null ? "null" : v.stripTrailingZeros().toPlainString());
        if (seen.add(key)) {
            out.add(e);
        }
    }

    private static String amountMeasure(String factKind, boolean budgetDoc) {
        return switch (factKind) {
            case "amount" -> budgetDoc ? "budget" : "actual";
            case "adjusted_budget" -> "budget";
            case "initial_budget" -> budgetDoc ? "budget" : "initial_budget";
            case "prior_amount" -> budgetDoc ? "prior_budget" : "prior_actual";
            default -> null;
        };
    }

    private static String countMeasure(String category, String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "辆" -> switch (category) {
                case "vehicle", "vehicle_operation" -> "vehicles_held";
                case "vehicle_purchase" -> "vehicles_bought";
                default -> null;
            };
            case "批次" -> "batches";
            case "人次" -> "persons";
            case "个" -> "groups";
            default -> null;
        };
    }
}
