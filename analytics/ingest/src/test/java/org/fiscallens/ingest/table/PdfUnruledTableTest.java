package org.fiscallens.ingest.table;

import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables of a PDF printed landscape without rules, as the PDF reader writes them (a Chinese character two columns
 * wide, each cell where the page prints it; {@code .ci/pdftotext-accuracy}, the landscape route): 西乡 2024's 收支总表,
 * whose four sides' name labels are long, so each wraps above and below a middle header line that holds only 项目 and
 * the 预算数 beside each name column; 高平 2024's 公开01表, whose long labels push later cells out of their columns;
 * 新乡 2024's as LibreOffice prints it portrait, where narrow cells wrap amounts.
 */
class PdfUnruledTableTest {
    private static TableExtraction extract(DocKind kind, String unit, String... lines) {
        SourceDocument doc = SeedDocs.text(lines);
        return TableExtractor.standard().extract(doc, SeedDocs.info("landscape", kind, unit));
    }

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aSummaryWhoseNameLabelsWrapAroundTheMiddleHeaderLineReadsItsFourSides() {
        TableExtraction x = extract(DocKind.BUDGET, "元",
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

    @Test
    void rowNumbersALongLabelPushedIntoTheAmountColumnAreNoAmounts() {
        // 高平 2024's 公开01表: the left side's long labels push the right side's 行次 (34, 35, …) under 金额 on the rows
        // that state no amount, and 七、文化旅游体育与传媒支出 into 行次; each is the next in the side's run of row numbers
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "收入支出决算总表",
                "公开01表",
                "部门名称:高平市医疗保险服务中心",
                "2024年度",
                " и                             ひ            7                            支出",
                " 项目                          行次          项目                         行次  金额",
                " 栏次                               1        栏次                              2",
                " 一、一般公共预算财政拨款收入  1    5056.26  一、一般公共服务支出         32",
                " 二、政府性基金预算财政拨款收入  2           二、外交支出                 33",
                " 三、国有资本经营预算财政拨款收入  3              三、国防支出                    34",
                " 四、上级补助收入                  4              四、公共安全支出                35",
                " 五、事业收入                      5              五、教育支出                    36",
                " 六、经营收入                      6              六、科学技术支出                37",
                " 七、附属单位上缴收入              7              七、文化旅游体育与传媒支出      38",
                " 八、其他收入                      8              八、社会保障和就业支出          39    51.85",
                "                                   9              九、卫生健康支出                40    4976.46",
                "                                   10             十、节能环保支出                41",
                "                                   11             十一、城乡社区支出              42",
                "                                   12             十二、农林水支出                43",
                "                                   13             十三、交通运输支出              44",
                "                                   14             十四、资源勘探工业信息等支出    45",
                "                                   15             十五、商业服务业等支出          46",
                "                                   16             十六、金融支出                  47",
                "                                   17             十七、援助其他地区支出          48",
                "                                   18             十八、自然资源海洋气象等支出    49",
                "                                   19             十九、住房保障支出              50    27.96",
                "                                   20             二十、粮油物资储备支出          51",
                "                                   21             二十一、国有资本经营预算支出    52",
                "                                   22             二十二、灾害防治及应急管理支出  53",
                "                                   23             二十三、其他支出                54",
                " 总计                           31 5056.26    总计                            62 5056.26",
                "                                30                                            61",
                " 年初结转和结余                 29            年末结转和结余                  60",
                " 使用非财政拨款结余(含专用结余) 28            结余分配                        59",
                " 本年收入合计                   27 5056.26    本年支出合计                    58 5056.26",
                "                                26            二十六、抗疫特别国债安排的支出  57 -",
                "                                25            二十五、债务付息支出            56",
                "                                24            二十四、债务还本支出            55"
);
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "208", "total", "expenditure")).isEqualByComparingTo(Items.wan("51.85"));
        assertThat(items.amount(t, "210", "total", "expenditure")).isEqualByComparingTo(Items.wan("4976.46"));
        assertThat(items.amount(t, "221", "total", "expenditure")).isEqualByComparingTo(Items.wan("27.96"));
        assertThat(items.wholeWanBelow("100")).as("行次 (whole 万元 under 100) are not amounts").isEmpty();
    }

    @Test
    void anAmountANarrowCellWrappedIsReportedNotReadAsItsHead() {
        // 新乡 2024's 公开01表 as LibreOffice prints it portrait without rules (719.68 wraps as 719.6 over 8), and the
        // start of its 公开02表, whose amounts show the document writes two decimals
        TableExtraction x = extract(DocKind.FINAL, "万元",
                "收入支出决算总表",
                "公开01表",
                "单位：万元",
                "部门名称：新乡县医疗保障局",
                "收入                                        支出",
                "项目                            行次决算数  项目                          行次决算数",
                "栏次                                 1      栏次                               2",
                "一、一般公共预算财政拨款收入         719.6  一、一般公共服务支出",
                "                                1                                         32",
                "8",
                "二、政府性基金预算财政拨款收入  2           二、外交支出                  33",
                "三、国有资本经营预算财政拨款收",
                "                                3           三、国防支出                  34",
                "入",
                "四、上级补助收入                4           四、公共安全支出              35",
                "五、事业收入                    5           五、教育支出                  36",
                "六、经营收入                    6           六、科学技术支出              37",
                "七、附属单位上缴收入            7           七、文化旅游体育与传媒支出    38",
                "八、其他收入                    8           八、社会保障和就业支出        39   53.73",
                "                                            九、卫生健康支出                   631.3",
                "                                9                                         40",
                "6",
                "                                10          十、节能环保支出              41",
                "                                11          十一、城乡社区支出            42",
                "                                12          十二、农林水支出              43",
                "                                13          十三、交通运输支出            44",
                "                                14          十四、资源勘探工业信息等支出  45",
                "                                15          十五、商业服务业等支出        46",
                "                                16          十六、金融支出                47",
                "                                17          十七、援助其他地区支出        48",
                "                                18          十八、自然资源海洋气象等支出  49",
                "                                19          十九、住房保障支出            50   34.59",
                "                                20          二十、粮油物资储备支出        51",
                "                                21          二十一、国有资本经营预算支出  52",
                "二十二、灾害防治及应急管理支",
                "                                22          出                            53",
                "                                23          二十三、其他支出              54",
                "                                24          二十四、债务还本支出          55",
                "                                25          二十五、债务付息支出          56",
                "二十六、抗疫特别国债安排的支",
                "                                26          出                            57",
                "本年收入合计                         719.6  本年支出合计                       719.6",
                "                                27                                        58",
                "                                     8                                         8",
                "使用非财政拨款结余              28          结余分配                      59",
                "年初结转和结余                  29          年末结转和结余                60",
                "                                30                                        61",
                "总计                                 719.6  总计                               719.6",
                "                                31                                        62",
                "                                     8                                         8",
                "注：1. 本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
                "收入决算表",
                "部门名称：新乡县医疗保障局",
                "公开02表",
                "单位：万元",
                "项目                                   本年收入  财政拨款   上级补助  事业收  经营收  附属单位上  其他收",
                "                                       合计      收入       收入     入     入     缴收入      入",
                "功能分类科目",
                "科目名称",
                "编码",
                "栏次                                   1         2          3        4      5      6           7",
                "              合计                     719.68    719.68",
                "208           社会保障和就业支出       53.73     53.73",
                "20805         行政事业单位养老支出     51.75     51.75",
                "2080502       事业单位离退休           8.79      8.79",
                "机关事业单位基本养老保",
                "2080505       险缴费支出               42.95     42.95",
                "20899         其他社会保障和就业支出   1.98      1.98",
                "2089999       其他社会保障和就业支出   1.98      1.98",
                "210           卫生健康支出             631.36    631.36",
                "21011         行政事业单位医疗         230.78    230.78",
                "2101101       行政单位医疗             180.44    180.44",
                "2101102       事业单位医疗             49.96     49.96",
                "其他行政事业单位医疗支",
                "2101199       出                       0.38      0.38",
                "21015         医疗保障管理事务         400.58    400.58",
                "2101501       行政运行                 338.04    338.04"
);
        Items items = new Items(x);
        assertThat(items.where(i -> i.amount().compareTo(Items.wan("719.6")) == 0
                || i.amount().compareTo(Items.wan("631.3")) == 0)).as("no head of a wrapped amount read").isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("cut_amount"))
                .extracting(i -> i.line()).contains(8, 20, 42, 48);
        assertThat(items.amount("income_expenditure_summary", "208", "total", "expenditure"))
                .isEqualByComparingTo(Items.wan("53.73"));
    }
}
