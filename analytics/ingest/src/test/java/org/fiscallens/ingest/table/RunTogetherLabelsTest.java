package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header labels a narrow page printed with no space between them, cut apart where they stand. */
class RunTogetherLabelsTest {
    private static TableDescriptor layout(String key) {
        return TableLayouts.standard().descriptors().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * {@code cells}: each label with where it stands. 基本支出项目支出 on a line whose columns count half-characters (a
     * Chinese character two wide); 行次合计 as pdftotext writes it, a column per character; 新乡 2026's 小计 and
     * 其中：财政拨款 under 一般公共预算, matched as the layout names them (an ASCII colon).
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            final.general_budget_expenditure; 基本支出项目支出;  57; 73; 基本支出 57 65, 项目支出 65 73
            final.fiscal_summary;             行次合计;          10; 14; 行次 10 12, 合计 12 14
            budget.fiscal_summary;            小计其中：财政拨款;  0; 18; 小计 0 4, 其中：财政拨款 4 18
            """)
    void labelsRunTogetherAreColumnsEachWhereItsCharactersStand(String layout, String text, int start, int end,
                                                                String cells) {
        List<Cell> expected = new ArrayList<>();
        for (String cell : cells.split(",")) {
            String[] f = cell.trim().split(" ");
            expected.add(new Cell(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        assertThat(RunTogetherLabels.split(new Cell(text, start, end), layout(layout))).isEqualTo(expected);
    }

    @Test
    void aLabelOfItsOwnAMeasuresTotalAndAnUnknownWordStayWhole() {
        TableDescriptor d = layout("final.general_budget_expenditure");
        Cell project = new Cell("项目支出", 0, 8);
        assertThat(RunTogetherLabels.split(project, d)).as("a measure alias itself").containsExactly(project);
        Cell total = new Cell("基本支出合计", 0, 12);
        assertThat(RunTogetherLabels.split(total, d)).as("the total of a measure is one label").containsExactly(total);
        TableDescriptor fiscal = layout("budget.fiscal_summary");
        for (String label : new String[]{"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"}) {
            Cell appropriation = new Cell(label, 0, label.length() * 2);
            assertThat(RunTogetherLabels.split(appropriation, fiscal)).as("a fund's appropriation is one label: " + label)
                    .containsExactly(appropriation);
        }
        Cell unknown = new Cell("基本支出备用金", 0, 14);
        assertThat(RunTogetherLabels.split(unknown, d)).as("a rest that is no label").containsExactly(unknown);
    }

    @Test
    void theColumnNumbersLineVetoesACutThatMakesMoreColumnsThanItNumbers() {
        TableDescriptor d = layout("final.general_budget_expenditure");
        List<TableLine> cutRight = List.of(
                CellSplitter.split(1, "功能分类科目编码 科目名称          小计     基本支出项目支出", true),
                CellSplitter.split(2, "栏次                              1        2       3", true));
        assertThat(HeaderReader.read(cutRight, d).columns()).filteredOn(c -> c.role() == Column.Role.MEASURE)
                .extracting(Column::measure).containsExactly("total", "basic", "project");
        List<TableLine> oneColumn = List.of(
                CellSplitter.split(1, "功能分类科目编码 科目名称          小计     基本支出项目支出", true),
                CellSplitter.split(2, "栏次                              1        2", true));
        assertThat(HeaderReader.read(oneColumn, d).columns()).as("栏次 numbers two amount columns: the word stays whole")
                .filteredOn(c -> c.role() == Column.Role.MEASURE).hasSize(2);
    }
}
