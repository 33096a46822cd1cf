package org.fiscallens.web.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.warehouse.Row;
import org.junit.jupiter.api.Test;

class RateOrderTest {
    static Row row(String department, Integer year, String subject, String rate) {
        Row r = new Row();
        r.put("fiscal_year", year);
        r.put("department_id", department);
        r.put("subject", subject);
        r.put("rate", rate == null ? null : new BigDecimal(rate));
        return r;
    }

    static List<String> keys(List<Row> rows) {
        return rows.stream().map(r -> r.text("department_id") + "/" + r.get("fiscal_year") + "/" + r.text("subject")).toList();
    }

    @Test
    void rankingIsRateDescendingThenNewestYearThenDepartmentAndSubject() {
        List<Row> rows = new ArrayList<>(List.of(row("b", 2023, "total", "0.9"), row("a", 2024, "total", "0.90"),
                row("a", 2023, "210", "0.9"), row("a", 2023, "total", "0.9"), row("c", 2024, "total", "1.2"),
                row("z", null, "total", "0.9")));
        rows.sort(RateOrder.RANKING);
        assertThat(keys(rows)).containsExactly("c/2024/total", "a/2024/total", "a/2023/210", "a/2023/total",
                "b/2023/total", "z/null/total");
    }

    @Test
    void deviationsAreLargestGapFromOneFirst() {
        List<Row> rows = new ArrayList<>(List.of(row("a", 2024, "x", "1.10"), row("a", 2024, "y", "0.5"),
                row("a", 2024, "z", "2.7533"), row("a", 2024, "w", "0.90")));
        rows.sort(RateOrder.DEVIATIONS);
        assertThat(keys(rows)).containsExactly("a/2024/z", "a/2024/y", "a/2024/w", "a/2024/x");
    }

    @Test
    void textComparesByCodePointLikeDuckDb() {
        String beyondBmp = new String(Character.toChars(0x20000)); // 𠀀, CJK Extension B: a surrogate pair in UTF-16
        String privateUse = "\uE000";
        assertThat(beyondBmp.compareTo(privateUse)).isNegative(); // what String.compareTo would say
        assertThat(RateOrder.codePoints(beyondBmp, privateUse)).isPositive(); // U+20000 > U+E000, as in UTF-8 bytes
        assertThat(RateOrder.codePoints("新乡", "新乡县")).isNegative();
        assertThat(RateOrder.codePoints("高平", "新乡")).isPositive();
        assertThat(RateOrder.codePoints("a", "a")).isZero();
    }
}
