package org.fiscallens.web.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;
import org.junit.jupiter.api.Test;

class ItemMatrixTest {
    private static Row cell(String department, int year, String kind, String amount) {
        return new Row().with("department_id", department).with("fiscal_year", year).with("doc_kind", kind)
                .with("amount", new BigDecimal(amount));
    }

    @Test
    void columnsRunByYearBudgetBeforeFinalAndRowsFollowTheDirectory() {
        ItemMatrix m = ItemMatrix.of(List.of(cell("乙", 2024, "final", "2"), cell("甲", 2024, "budget", "1"),
                cell("甲", 2023, "final", "3"), cell("丙", 2024, "final", "4")), List.of("甲", "乙"));
        assertThat(m.columns()).extracting(c -> c.fiscalYear() + c.docKind())
                .containsExactly("2023final", "2024budget", "2024final");
        // 丙 is not in the directory: listed last, not lost
        assertThat(m.rows()).extracting(ItemMatrix.DepartmentRow::departmentId).containsExactly("甲", "乙", "丙");
        // a department without the document has no cell: the page shows a dash, never a zero
        assertThat(m.rows().get(1).cell(new ItemMatrix.Column(2024, "budget"))).isNull();
        assertThat(m.rows().get(0).cell(new ItemMatrix.Column(2024, "budget")).decimal("amount")).isEqualByComparingTo("1");
    }

    @Test
    void aPageKeepsEveryColumnSoPagesLineUp() {
        List<Row> cells = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String d = "部门" + (100 + i);
            order.add(d);
            cells.add(cell(d, i < 29 ? 2024 : 2025, "final", String.valueOf(i)));
        }
        ItemMatrix all = ItemMatrix.of(cells, order);
        ItemMatrix second = all.page(new Pager("page", 2, 25)); // any page size: the matrix only slices
        assertThat(second.rows()).hasSize(5).first().extracting(ItemMatrix.DepartmentRow::departmentId).isEqualTo("部门125");
        assertThat(second.columns()).isEqualTo(all.columns()).hasSize(2);
        assertThat(second.departments()).containsExactlyInAnyOrder("部门125", "部门126", "部门127", "部门128", "部门129");
    }
}
