package org.fiscallens.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.warehouse.Row;
import org.junit.jupiter.api.Test;

class CompareSuggestionsTest {
    private static Row dept(String id, String region) {
        Row r = new Row();
        r.put("department_id", id);
        r.put("region", region);
        return r;
    }

    private static Row doc(String id, Integer year) {
        return new Row(Map.of("department_id", id, "fiscal_year", year));
    }

    @Test
    void allDepartmentsAndEachProvinceWithSeveralForTheYearMostOfThemCover() {
        List<Row> depts = List.of(dept("a", "河南省/新乡市/新乡县"), dept("b", "河南省/郑州市"), dept("c", "山西省/晋城市/高平市"),
                dept("d", null));
        List<Row> docs = List.of(doc("a", 2024), doc("a", 2026), doc("b", 2024), doc("b", 2026), doc("c", 2024),
                doc("d", 2023));
        var s = CompareSuggestions.of(depts, docs);
        assertThat(s).extracting(CompareSuggestions.Suggestion::scope, CompareSuggestions.Suggestion::departments,
                        CompareSuggestions.Suggestion::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 4, 2024),
                        // 2024 and 2026 both cover 河南's two: the newer
                        org.assertj.core.groups.Tuple.tuple("河南省", 2, 2026));
        assertThat(s.get(0).query()).isEqualTo("d=a&d=b&d=c&d=d&years=2024");
        assertThat(s.get(1).query()).isEqualTo("d=a&d=b&years=2026");
    }

    @Test
    void nothingToSuggestForOneDepartmentOrTooManyOrNoSharedYear() {
        assertThat(CompareSuggestions.of(List.of(dept("a", "河南省")), List.of(doc("a", 2024)))).isEmpty();
        assertThat(CompareSuggestions.of(List.of(dept("a", "河南省"), dept("b", "河南省")),
                List.of(doc("a", 2023), doc("b", 2024)))).isEmpty();
        List<Row> many = new ArrayList<>();
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i <= CompareSuggestions.MAX_DEPARTMENTS; i++) {
            many.add(dept("d" + i, "河南省"));
            docs.add(doc("d" + i, 2024));
        }
        assertThat(CompareSuggestions.of(many, docs)).isEmpty();
    }
}
