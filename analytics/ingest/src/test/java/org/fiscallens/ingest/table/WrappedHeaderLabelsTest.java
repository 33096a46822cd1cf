package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Header labels wrapped over two lines of {@code pdftotext -layout} output, heads one space apart. */
class WrappedHeaderLabelsTest {
    private static final TableDescriptor EXPENDITURE = layout("final.expenditure");

    private static TableDescriptor layout(String key) {
        return TableLayouts.standard().descriptors().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    private static TableLine line(int number, String raw) {
        return CellSplitter.split(number, raw, true);
    }

    @Test
    void theEndsOnTheLineBelowCompleteTheHeadsInOrderWhereTheyStand() {
        // 新乡 2024's 支出决算表 printed to PDF and extracted: the heads pushed together, their ends spread out
        TableLine upper = line(5, "项目                     本年支出合 基本支 项目支 上缴上级支 经营支 对附属单位补助支");
        TableLine lower = line(6, "                       计      出      出      出 出 出");
        TableLine joined = WrappedHeaderLabels.join(upper, lower, EXPENDITURE);
        assertThat(joined).isNotNull();
        assertThat(joined.filled()).extracting(Cell::text).containsExactly(
                "项目", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        // each whole label stands where its end was printed, above the amounts (23, 30, 37 in the rows below)
        assertThat(joined.filled()).extracting(Cell::start).containsExactly(0, 23, 30, 37, 44, 46, 48);
        assertThat(joined.number()).isEqualTo(5);
    }

    @Test
    void aHeaderListJoinsThePairAndKeepsTheOtherLines() {
        List<TableLine> header = List.of(
                line(5, "项目                     本年支出合 基本支 项目支 上缴上级支 经营支 对附属单位补助支"),
                line(6, "                       计      出      出      出 出 出"),
                line(7, "功能分类科目编 科目名称"),
                line(8, "码"));
        List<TableLine> joined = WrappedHeaderLabels.join(header, EXPENDITURE);
        assertThat(joined).extracting(TableLine::number).containsExactly(5, 7);
        assertThat(joined.get(1).filled()).extracting(Cell::text).containsExactly("功能分类科目编码", "科目名称");
    }

    @Test
    void whereEndsCouldCompleteOtherHeadsTooTheyGoToTheNearest() {
        // 西乡 2024's 表6 printed to PDF and extracted: 部门经济科目 is a label alone (…科目) and with 编码, and
        // 部门经济科目名称 with 编码 would be one too; each end stands under the start of its own head
        TableDescriptor economic = layout("budget.general_budget_expenditure_economic");
        TableLine upper = line(1, "部门经济科目 部门经济科目名称         政府经济科目 政府经济科 合计           人员经费支 公用经费支 专项业务经费 备");
        TableLine lower = line(2, "编码                      编码     目名称                出     出     支出     注");
        TableLine joined = WrappedHeaderLabels.join(upper, lower, economic);
        assertThat(joined).isNotNull();
        assertThat(joined.filled()).extracting(Cell::text).containsExactly("部门经济科目编码", "部门经济科目名称",
                "政府经济科目编码", "政府经济科目名称", "合计", "人员经费支出", "公用经费支出", "专项业务经费支出", "备注");
    }

    @Test
    void aHeadLeftWithoutAnEndOrAnEndLeftOverLeavesTheLinesAlone() {
        TableLine upper = line(1, "本年支出合 基本支 项目支");
        assertThat(WrappedHeaderLabels.join(upper, line(2, "计      出"), EXPENDITURE)).as("项目支 left unfinished")
                .isNull();
        assertThat(WrappedHeaderLabels.join(upper, line(2, "计      出      出      出"), EXPENDITURE))
                .as("an end too many").isNull();
        assertThat(WrappedHeaderLabels.join(upper, line(2, "本年支出合 基本支 项目支"), EXPENDITURE))
                .as("a second line of heads").isNull();
    }

    @Test
    void anEndLeftOfItsHeadIsNoEndOfIt() {
        TableLine upper = line(1, "          本年支出合 基本支");
        TableLine lower = line(2, "计               出");
        assertThat(WrappedHeaderLabels.join(upper, lower, EXPENDITURE)).isNull();
    }

    @Test
    void aLineOfSubColumnsUnderTheirCategoriesIsNoEnds() {
        // 新乡 2024's 三公 table aligned for a monospace screen: 小计 | 公务用车购置费 | 公务用车运行维护费 are columns
        // under 公务用车购置及运行维护费, not the ends of wrapped labels, though each label would still be one known
        TableDescriptor threePublic = layout("final.three_public");
        TableLine upper = CellSplitter.split(1, "合计      因公出国（境）费    公务用车购置及运行维护费"
                + "                                            公务接待费");
        TableLine lower = CellSplitter.split(2, "                              小计                        "
                + "公务用车购置费    公务用车运行维护费");
        assertThat(WrappedHeaderLabels.join(upper, lower, threePublic)).isNull();
    }

    @Test
    void aLabelOfItsOwnWhollyRightOfAHeadIsASubColumnNotItsEnd() {
        // 新乡 2026's 财政拨款收支总体情况表 printed landscape: 小计 and 其中：财政拨款 under 一般公共预算, right of 合计
        TableLine upper = CellSplitter.split(1, " 项目                       金额      项目                              合计      一般公共预算                 政府性基金  国有资本经营预算");
        TableLine lower = CellSplitter.split(2, "                                                                                  小计         其中：财政拨款");
        assertThat(WrappedHeaderLabels.join(upper, lower, layout("budget.fiscal_summary"))).isNull();
    }

    @Test
    void aMeasureLabelTakesNoEndOfTheLabelBesideIt() {
        // 西乡 2024's 收支总表 printed landscape (PdfUnruledTableTest): its name labels wrap above and below a middle
        // header line of 项目 and 预算数; 预算数 + 类） still reads 预算数, so 类） is no end of it
        assertThat(WrappedHeaderLabels.join(
                CellSplitter.split(1, " 项目                        预算数                               预算数"),
                CellSplitter.split(2, "                                          类）"),
                layout("budget.income_expenditure_summary"))).isNull();
    }

    @Test
    void tabbedLinesAreLeftAlone() {
        assertThat(WrappedHeaderLabels.join(line(1, "本年支出合\t基本支"), line(2, "计\t出"), EXPENDITURE)).isNull();
    }
}
