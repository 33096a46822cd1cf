package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header labels a narrow page printed with no space between them, cut apart where they stand. */
class RunTogetherLabelsTest {
    private static TableDescriptor layout(String key) {
        return TableLayouts.standard().descriptors().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void twoMeasuresRunTogetherAreTwoColumnsEachWhereItsCharactersStand() {
        // a line whose columns count half-characters: each Chinese character two wide
        Cell word = new Cell("基本支出项目支出", 57, 73);
        assertThat(RunTogetherLabels.split(word, layout("final.general_budget_expenditure")))
                .containsExactly(new Cell("基本支出", 57, 65), new Cell("项目支出", 65, 73));
    }

    @Test
    void rowNumbersRunTogetherWithTheTotalAreTwoColumns() {
        Cell word = new Cell("行次合计", 10, 14); // pdftotext: a column per character
        assertThat(RunTogetherLabels.split(word, layout("final.fiscal_summary")))
                .containsExactly(new Cell("行次", 10, 12), new Cell("合计", 12, 14));
    }

    @Test
    void labelsMatchAsTheTableNamesThemWithFullWidthColonsAndBrackets() {
        // 新乡 2026's 财政拨款收支总体情况表: 小计 and 其中：财政拨款 under 一般公共预算, printed as one word
        Cell word = new Cell("小计其中：财政拨款", 0, 18);
        assertThat(RunTogetherLabels.split(word, layout("budget.fiscal_summary")))
                .containsExactly(new Cell("小计", 0, 4), new Cell("其中：财政拨款", 4, 18));
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
