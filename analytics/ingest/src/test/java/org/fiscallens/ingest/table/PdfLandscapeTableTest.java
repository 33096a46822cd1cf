package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of a PDF printed landscape without rules, as the PDF reader writes them (a Chinese character two columns
 * wide, each cell where the page prints it): 西乡 2024's 收支总表 ({@code .ci/pdftotext-accuracy}, the landscape route).
 * Its four sides' name labels are long, so each wraps above and below a middle header line that holds only 项目 and
 * the 预算数 beside each name column.
 */
class PdfLandscapeTableTest {
    private static TableExtraction extract(String... lines) {
        SourceDocument doc = SeedDocs.text(lines);
        return TableExtractor.standard().extract(doc, SeedDocs.info("西乡县医保经办中心", DocKind.BUDGET, "元"));
    }

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aSummaryWhoseNameLabelsWrapAroundTheMiddleHeaderLineReadsItsFourSides() {
        TableExtraction x = extract(
                "表1",
                "部门综合预算收支总表",
                "单位：元",
                " 收入                                     支出",
                "                                          支出功能分类科目（按大                部门预算支出经济分类科目（按               政府预算支出经济分类科目（按",
                " 项目                        预算数                               预算数                                      预算数                                     预算数",
                "                                          类）                                  大类）                                     大类）",
                " 一、部门预算                2368819.00   一、部门预算            2368819.00    一、部门预算                  2368819.00   一、部门预算                  2368819.00",
                " 1、财政拨款                 2368819.00 1、一般公共服务支出       0.00          1、人员经费和公用经费支出     2288819.00 1、机关工资福利支出             0.00",
                " (1)一般公共预算拨款         2368819.00 2、外交支出               0.00          (1)工资福利支出               2136479.00 2、机关商品和服务支出           0.00",
                "其中：专项资金列入部门预算",
                "                             0.00         3、国防支出             0.00          (2)商品和服务支出             151800.00    3、机关资本性支出             0.00",
                "的项目",
                " (2)政府性基金拨款           0.00         4、公共安全支出         0.00          (3)对个人和家庭的补助         540.00       4、机关资本性支出（基本建设） 0.00",
                " (3)国有资本经营预算收入     0.00         5、教育支出             0.00          (4)资本性支出                 0.00         5、对事业单位经常性补助       2368279.00",
                " 2、上级补助收入             0.00         6、科学技术支出         0.00          2、专项业务经费支出           80000.00     6、对事业单位资本性补助       0.00");
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "fiscal", "total", "income")).isEqualByComparingTo(yuan("2368819.00"));
        assertThat(items.amount(t, "general_budget", "total", "income")).isEqualByComparingTo(yuan("2368819.00"));
        assertThat(items.amount(t, "201", "total", "function")).isEqualByComparingTo(yuan("0.00"));
        assertThat(items.amount(t, "206", "total", "function")).isEqualByComparingTo(yuan("0.00"));
        assertThat(items.amount(t, "basic", "total", "dept_economic")).isEqualByComparingTo(yuan("2288819.00"));
        assertThat(items.amount(t, "project", "total", "dept_economic")).isEqualByComparingTo(yuan("80000.00"));
        assertThat(items.where(i -> i.name().equals("工资福利支出"))).singleElement()
                .satisfies(i -> assertThat(i.columnGroup()).isEqualTo("dept_economic"))
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo(yuan("2136479.00")));
        assertThat(items.where(i -> i.name().equals("对事业单位经常性补助"))).singleElement()
                .satisfies(i -> assertThat(i.columnGroup()).isEqualTo("gov_economic"))
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo(yuan("2368279.00")));
    }

    @Test
    void aMeasureLabelTakesNoEndOfTheLabelBesideIt() {
        // the middle and lower header lines above: 预算数 + 类） still reads 预算数, so 类） is no end of it
        TableDescriptor summary = TableLayouts.standard().descriptors().stream()
                .filter(d -> d.key().equals("budget.income_expenditure_summary")).findFirst().orElseThrow();
        TableLine middle = CellSplitter.split(1, " 项目                        预算数                               预算数");
        TableLine lower = CellSplitter.split(2, "                                          类）");
        assertThat(WrappedHeaderLabels.join(middle, lower, summary)).isNull();
    }
}
