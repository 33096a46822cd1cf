package org.fiscallens.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void years() {
        assertThat(Params.year("year", "2024")).isEqualTo(2024);
        assertThat(Params.year("year", "")).isNull();
        assertThat(Params.years("years", "2023-2025")).isEqualTo(new Params.YearRange(2023, 2025));
        assertThat(Params.years("years", "2024").text()).isEqualTo("2024");
        assertThat(Params.years("years", null).isAll()).isTrue();
    }

    @Test
    void malformedParametersAreNamed() {
        assertThatThrownBy(() -> Params.year("year", "20x4")).isInstanceOf(HttpError.BadParameter.class)
                .hasMessageContaining("'year'").extracting(e -> ((HttpError) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> Params.years("years", "2025-2023")).hasMessageContaining("'years'");
        assertThatThrownBy(() -> Params.line("line", "-3")).hasMessageContaining("'line'");
        assertThatThrownBy(() -> Params.oneOf("level", "x", "total", Set.of("total", "item"))).hasMessageContaining("'level'");
    }

    @Test
    void idsRejectPathTraversalAndInjection() {
        assertThatThrownBy(() -> Params.id("doc", "../../etc/passwd")).isInstanceOf(HttpError.BadParameter.class)
                .hasMessageContaining("'doc'");
        assertThatThrownBy(() -> Params.id("d", "x' or 1=1 --")).isInstanceOf(HttpError.BadParameter.class);
        assertThat(Params.ids("d", List.of("a,b", "b", "c"))).containsExactly("a", "b", "c");
        assertThat(Params.id("doc", "000_3717b7af8d77e38b")).isEqualTo("000_3717b7af8d77e38b");
    }

    @Test
    void chineseDepartmentIdsAreIdsButPathsAreNot() {
        assertThat(Params.id("d", "乌鲁木齐市医疗保障局(本级)")).isEqualTo("乌鲁木齐市医疗保障局(本级)");
        assertThatThrownBy(() -> Params.id("d", "..")).isInstanceOf(HttpError.BadParameter.class);
        assertThatThrownBy(() -> Params.id("d", "a/b")).isInstanceOf(HttpError.BadParameter.class);
        assertThatThrownBy(() -> Params.id("d", "a\\b")).isInstanceOf(HttpError.BadParameter.class);
    }

    @Test
    void csvOfRowsHasBomHeaderAndPlainDecimals() {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("department_name", "新乡县医疗保障局");
        row.put("rate", new java.math.BigDecimal("0.9631"));
        row.put("actual", new java.math.BigDecimal("7.1968E+6"));
        assertThat(Csv.of(List.of(row))).isEqualTo("\uFEFFdepartment_name,rate,actual\r\n新乡县医疗保障局,0.9631,7196800\r\n");
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.quote("新乡")).isEqualTo("新乡");
    }

    @Test
    void pagesLimitsAndOffsetsAreBoundedCounts() {
        assertThat(Params.page("page", null)).isEqualTo(1);
        assertThat(Params.page("page", " 3 ")).isEqualTo(3);
        assertThat(Params.limit("limit", "")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Params.offset("offset", "0")).isZero();
        for (String bad : new String[] {"0", "-1", "1.5", "x", "10000000"}) {
            assertThatThrownBy(() -> Params.page("cpage", bad)).isInstanceOf(HttpError.BadParameter.class)
                    .hasMessageContaining("cpage");
        }
        assertThatThrownBy(() -> Params.limit("limit", "0")).isInstanceOf(HttpError.BadParameter.class);
        assertThatThrownBy(() -> Params.offset("offset", "-5")).isInstanceOf(HttpError.BadParameter.class);
    }
}
