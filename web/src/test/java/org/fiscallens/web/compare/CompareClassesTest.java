package org.fiscallens.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.warehouse.Row;
import org.junit.jupiter.api.Test;

class CompareClassesTest {
    private static Row share(int year, String kind, String code, String name, String share) {
        return new Row().with("fiscal_year", year).with("doc_kind", kind).with("statement", "general_budget")
                .with("code", code).with("name", name).with("share", new BigDecimal(share));
    }

    @Test
    void classesSideBySideWithTheHighestAndLowestShareMarked() {
        Map<String, List<Row>> byDepartment = new LinkedHashMap<>();
        byDepartment.put("甲", List.of(share(2024, "final", "210", "卫生健康支出", "0.8773"),
                share(2024, "final", "221", "住房保障支出", "0.0481")));
        byDepartment.put("乙", List.of(share(2024, "final", "210", "卫生健康", "0.9842"),
                share(2024, "final", "206", "科学技术支出", "0.0019")));
        byDepartment.put("丙", List.of(share(2024, "budget", "210", "卫生健康支出", "0.8207")));
        CompareClasses c = CompareClasses.of(byDepartment);

        assertThat(c.columns()).extracting(CompareClasses.Column::departmentId).containsExactly("甲", "乙", "丙");
        assertThat(c.rows()).extracting(CompareClasses.ClassRow::code).containsExactly("206", "210", "221");
        CompareClasses.ClassRow health = c.rows().get(1);
        // the name most departments give it
        assertThat(health.name()).isEqualTo("卫生健康支出");
        assertThat(health.mark(c.columns().get(1))).isEqualTo("max");
        assertThat(health.mark(c.columns().get(2))).isEqualTo("min");
        assertThat(health.mark(c.columns().get(0))).isNull();
        // a 类 only one department lists: no mark, and no cell (never a zero) for the others
        CompareClasses.ClassRow science = c.rows().get(0);
        assertThat(science.mark(c.columns().get(1))).isNull();
        assertThat(science.cell(c.columns().get(0))).isNull();
    }
}
