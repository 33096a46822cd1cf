package org.fiscallens.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DepartmentColorsTest {
    @Test
    void eachDepartmentKeepsOneDistinctColour() {
        DepartmentColors colors = new DepartmentColors();
        List<String> ids = List.of("乌鲁木齐市医疗保障局(本级)", "新乡县医疗保障局", "西乡县医疗保险业务经办中心", "高平市医疗保险服务中心");
        colors.assign(ids);
        assertThat(ids.stream().map(colors::hex).collect(Collectors.toSet())).hasSize(4);
        assertThat(colors.hex("新乡县医疗保障局")).isEqualTo(colors.hex("新乡县医疗保障局"));
        assertThat(colors.tint("新乡县医疗保障局").getRed()).isGreaterThanOrEqualTo(colors.color("新乡县医疗保障局").getRed());
        assertThat(colors.hex("not assigned")).matches("#[0-9a-f]{6}");
    }
}
