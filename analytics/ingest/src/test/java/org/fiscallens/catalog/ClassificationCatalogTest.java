package org.fiscallens.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationCatalogTest {
    private final ClassificationCatalog catalog = ClassificationCatalog.standard();

    @Test
    void knowsLevelsParentsAndTheRenameOf210() {
        assertThat(catalog.lookup("function", "2101501", 2024)).get().satisfies(e -> {
            assertThat(e.name()).isEqualTo("行政运行");
            assertThat(e.level()).isEqualTo("项");
            assertThat(e.parent()).isEqualTo("21015");
        });
        assertThat(catalog.lookup("function", "210", 2018).orElseThrow().name()).isEqualTo("医疗卫生与计划生育支出");
        assertThat(catalog.lookup("function", "210", 2024).orElseThrow().name()).isEqualTo("卫生健康支出");
        assertThat(catalog.history("function", "210")).hasSize(2);
        assertThat(catalog.matchName("function", "210", "医疗卫生与计划生育支出", 2024)).isEqualTo(NameMatch.OTHER_YEAR);
        assertThat(catalog.matchName("dept_economic", "30309", "奖金", 2024)).isEqualTo(NameMatch.MISMATCH);
        assertThat(catalog.matchName("dept_economic", "30212", "因公出国(境)费用", 2024)).isEqualTo(NameMatch.EXACT);
        assertThat(catalog.lookup("gov_economic", "50501", 2024).orElseThrow().level()).isEqualTo("款");
    }

    @Test
    void coversTheFamiliesTheDocumentsUse() {
        for (String code : List.of("201", "208", "210", "213", "221", "229", "301", "302", "303", "310", "501", "505", "509")) {
            assertThat(catalog.history(code.startsWith("5") ? "gov_economic" : code.startsWith("3") ? "dept_economic" : "function", code))
                    .as(code).isNotEmpty();
        }
    }

    @Test
    void resolvesProseNamesToCodes() {
        assertThat(catalog.resolveFunctionPath(List.of("卫生健康支出", "医疗保障管理事务", "信息化建设"), 2024)).contains("2101504");
        assertThat(catalog.resolveFunctionPath(List.of("卫生健康", "医疗保障管理事务"), 2024)).contains("21015");
        assertThat(catalog.resolveFunctionPath(List.of("社会保障和就业支出", "行政事业单位养老支出", "行政单位离退休"), 2024)).contains("2080501");
        assertThat(catalog.resolveFunctionPath(List.of("卫生健康支出", "中医药事务", "中医（民族医）药专项"), 2024)).contains("2100601");
        assertThat(catalog.resolveFunctionPath(List.of("卫生健康支出", "不存在的款"), 2024)).isEmpty();
    }

    @Test
    void isEnlargedWithCodesADocumentCarries() {
        var enlarged = catalog.withObserved("doc1", 2024, List.of(new ClassificationCatalog.ObservedCode("function", "2101507", "医保新事务"),
                new ClassificationCatalog.ObservedCode("function", "2101501", "别的名字")));
        assertThat(enlarged.lookup("function", "2101507", 2024).orElseThrow().source()).isEqualTo("document:doc1");
        assertThat(enlarged.lookup("function", "2101501", 2024).orElseThrow().name()).isEqualTo("行政运行");
        assertThat(enlarged.resolveFunctionPath(List.of("卫生健康支出", "医疗保障管理事务", "医保新事务"), 2024)).contains("2101507");
        assertThat(catalog.lookup("function", "2101507", 2024)).isEmpty();
    }
}
