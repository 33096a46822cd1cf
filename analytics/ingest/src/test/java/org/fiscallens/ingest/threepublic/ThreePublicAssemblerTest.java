package org.fiscallens.ingest.threepublic;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeExtractor;
import org.fiscallens.ingest.narrative.NarrativeSeeds;
import org.fiscallens.ingest.source.SourceDocument;
import org.fiscallens.ingest.table.LineItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.narrative.NarrativeSeeds.wan;

/** 三公 per category, budget vs actual, from the seed documents' prose and a 三公 table's line items. */
class ThreePublicAssemblerTest {
    private static final ThreePublicAssembler ASSEMBLER = new ThreePublicAssembler();

    private record Doc(DocumentInfo info, List<ThreePublicExpense> expenses) {
    }

    private static Doc assemble(String prefix, DocKind kind, List<LineItem> items) {
        SourceDocument doc = NarrativeSeeds.doc(prefix);
        DocumentInfo info = NarrativeSeeds.info(doc, null, 2024, kind, "万元");
        var facts = NarrativeExtractor.standard().extract(doc, info).records();
        return new Doc(info, ASSEMBLER.assemble(info, items, facts));
    }

    private static BigDecimal amount(Doc d, String category, String measure, String source) {
        return d.expenses().stream().filter(e -> e.category().equals(category) && e.measure().equals(measure)
                        && e.source().equals(source)).map(ThreePublicExpense::amount).findFirst()
                .orElseThrow(() -> new AssertionError(category + "/" + measure + "/" + source + " in " + d.expenses()));
    }

    private static BigDecimal quantity(Doc d, String category, String measure) {
        return d.expenses().stream().filter(e -> e.category().equals(category) && e.measure().equals(measure))
                .map(ThreePublicExpense::quantity).findFirst()
                .orElseThrow(() -> new AssertionError(category + "/" + measure + " in " + d.expenses()));
    }

    /** The 公开09表 row of 000 (line 356), as the table extractor reports it under the cross-team contract. */
    private static List<LineItem> xinxiangTable(String docId) {
        String raw = "2.40\t0.00\t2.40\t0.00\t2.40\t0.00\t2.15\t0.00\t2.15\t0.00\t2.15\t0.00";
        String[] categories = {"total", "overseas", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"};
        String[] cells = raw.split("\t");
        List<LineItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(new LineItem(docId, "three_public", "公开09表", "一般公共预算财政拨款“三公”经费支出决算表",
                    "three_public", categories[i % 6], null, null, i < 6 ? "budget" : "actual", null,
                    wan(cells[i]), 356, raw));
        }
        // a line item of another table is ignored
        items.add(new LineItem(docId, "expenditure", "公开03表", "支出决算表", "function", "210", "卫生健康支出", "类",
                "total", null, wan("631.36"), 177, "210\t卫生健康支出\t631.36"));
        return items;
    }

    @Test
    void xinxiangBudgetAndActualFromTableAndProse() {
        Doc d = assemble("000", DocKind.FINAL, xinxiangTable("seed000"));
        assertThat(amount(d, "total", "budget", "table")).isEqualByComparingTo(wan("2.40"));
        assertThat(amount(d, "total", "actual", "table")).isEqualByComparingTo(wan("2.15"));
        assertThat(amount(d, "total", "budget", "narrative")).isEqualByComparingTo(wan("2.40"));
        assertThat(amount(d, "total", "actual", "narrative")).isEqualByComparingTo(wan("2.15"));
        assertThat(amount(d, "vehicle_operation", "actual", "narrative")).isEqualByComparingTo(wan("2.15"));
        assertThat(quantity(d, "vehicle", "vehicles_held")).isEqualByComparingTo("1");
        assertThat(quantity(d, "vehicle_purchase", "vehicles_bought")).isEqualByComparingTo("0");
        assertThat(quantity(d, "overseas", "groups")).isEqualByComparingTo("0");
        // 国内 + 外宾 reception counts stand for 公务接待 when no overall count is given
        assertThat(quantity(d, "reception", "persons")).isEqualByComparingTo("0");
        assertThat(d.expenses()).filteredOn(e -> e.source().equals("table")).hasSize(12)
                .allMatch(e -> e.sourceLine() == 356);
        // the vehicle total stated twice in prose (lines 450 and 454) is kept once
        assertThat(d.expenses()).filteredOn(e -> e.category().equals("vehicle") && e.measure().equals("actual")
                && e.source().equals("narrative")).hasSize(1);
    }

    @Test
    void gaopingActualWithPriorYearFromStatedChange() {
        Doc d = assemble("001", DocKind.FINAL, List.of());
        assertThat(amount(d, "total", "actual", "narrative")).isEqualByComparingTo(wan("1.34"));
        assertThat(amount(d, "total", "budget", "narrative")).isEqualByComparingTo(wan("1.34"));
        assertThat(amount(d, "total", "prior_actual", "narrative")).isEqualByComparingTo(wan("1.58"));
        assertThat(amount(d, "vehicle_operation", "prior_actual", "narrative")).isEqualByComparingTo(wan("1.46"));
        assertThat(amount(d, "reception", "actual", "narrative")).isEqualByComparingTo(wan("0.16"));
        assertThat(quantity(d, "reception", "batches")).isEqualByComparingTo("1");
        assertThat(quantity(d, "reception", "persons")).isEqualByComparingTo("12");
    }

    @Test
    void xinxiang2026BudgetAndThe2025BudgetStatedInProse() {
        Doc d = assemble("002", DocKind.BUDGET, List.of());
        assertThat(amount(d, "total", "budget", "narrative")).isEqualByComparingTo(wan("2.00"));
        assertThat(amount(d, "total", "prior_budget", "narrative")).isEqualByComparingTo(wan("2.40"));
        assertThat(amount(d, "vehicle_operation", "prior_budget", "narrative")).isEqualByComparingTo(wan("2.40"));
        assertThat(d.expenses()).noneMatch(e -> e.measure().equals("actual"));
    }

    @Test
    void urumqiProseOnlyZeroWithPriorYear() {
        Doc d = assemble("003", DocKind.FINAL, List.of());
        assertThat(amount(d, "total", "actual", "narrative")).isEqualByComparingTo("0");
        assertThat(amount(d, "total", "prior_actual", "narrative")).isEqualByComparingTo(wan("0.19"));
        assertThat(amount(d, "reception", "prior_actual", "narrative")).isEqualByComparingTo(wan("0.19"));
        assertThat(amount(d, "total", "budget", "narrative")).isEqualByComparingTo("0");
        assertThat(quantity(d, "reception", "batches")).isEqualByComparingTo("0");
    }
}
