package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableLayoutsTest {
    @Test
    void everyRegisteredLayoutLoadsWithAUniqueKey() {
        TableLayouts layouts = TableLayouts.standard();
        Set<String> keys = new HashSet<>();
        for (TableDescriptor d : layouts.descriptors()) {
            assertThat(keys.add(d.key())).as(d.key()).isTrue();
            assertThat(d.titles()).as(d.key()).isNotEmpty();
        }
        assertThat(layouts.descriptors()).hasSizeGreaterThan(25);
    }

    @Test
    void everyMandatedKindOfBothDocumentKindsHasALayout() {
        for (String kind : new String[]{"final", "budget"}) {
            Set<String> mandated = new HashSet<>();
            TableLayouts.standard().descriptors().stream().filter(d -> d.mandatedFor().contains(kind))
                    .forEach(d -> mandated.add(d.tableKind()));
            assertThat(mandated).as(kind).contains("income_expenditure_summary", "income", "expenditure",
                    "fiscal_summary", "general_budget_expenditure", "basic_expenditure_economic", "gov_fund",
                    "state_capital", "three_public");
        }
    }

    @Test
    void titlesAreMatchedWithoutYearOrdinalOrSpacing() {
        TableLayouts layouts = TableLayouts.standard();
        assertThat(layouts.byTitle(TitleText.titleKey("2026年部门收支总体情况表"), "budget"))
                .map(TableDescriptor::key).contains("budget.income_expenditure_summary");
        assertThat(layouts.byTitle(TitleText.titleKey("# 一般公共预算财政拨款支出决算表"), "final"))
                .map(TableDescriptor::key).contains("final.general_budget_expenditure");
        assertThat(layouts.byTitle(TitleText.titleKey("财政拨款\"三公\"经费支出决算表"), "final"))
                .map(TableDescriptor::key).contains("final.three_public");
        assertThat(layouts.byTitle(TitleText.titleKey("项目支出绩效自评表"), "final")).isEmpty();
    }

    @Test
    void aMissingDescriptorFailsNamingIt() {
        assertThatThrownBy(() -> new TableLayouts.Builder().register("no-such-layout.json"))
                .hasMessageContaining("no-such-layout.json");
    }

    @Test
    void tableCodesAreNormalised() {
        assertThat(TitleText.tableCode("公开02")).contains("公开02表");
        assertThat(TitleText.tableCode("预算1表")).contains("预算01表");
        assertThat(TitleText.tableCode(" 表 7 ")).contains("表7");
        assertThat(TitleText.tableCode("表示")).isEmpty();
    }
}
