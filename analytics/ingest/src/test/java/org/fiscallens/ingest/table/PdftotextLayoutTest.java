package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.table.Items.wan;

/**
 * Tables as {@code pdftotext -layout} writes them: seed tables (新乡 2024 and 2026, 西乡) printed to PDF by
 * Chromium from the seeds as HTML and extracted again ({@code .ci/pdftotext-accuracy} does the same for whole seeds). Every character is one column, so Chinese labels take half the room their
 * numbers' columns suggest; a long name leaves a single space before the number after it, and numbers of
 * neighbouring columns stand one space apart; a header's labels run together one space apart too.
 */
class PdftotextLayoutTest {
    private static TableExtraction extract(String... lines) {
        SourceDocument doc = SeedDocs.text(lines);
        return TableExtractor.standard().extract(doc, SeedDocs.info("新乡县医疗保障局", DocKind.FINAL, "万元"));
    }

    /** 新乡 2024's expenditure totals (合计 719.68 = 基本 443.06 + 项目 276.62) and two of its 项, as {@code kind} reads them. */
    private static void assertXinxiang2024Expenditure(Items items, String kind) {
        assertThat(items.amount(kind, "total", "total")).isEqualByComparingTo(wan("719.68"));
        assertThat(items.amount(kind, "total", "basic")).isEqualByComparingTo(wan("443.06"));
        assertThat(items.amount(kind, "total", "project")).isEqualByComparingTo(wan("276.62"));
        assertThat(items.amount(kind, "2101501", "basic")).isEqualByComparingTo(wan("338.04"));
        assertThat(items.amount(kind, "2101599", "project")).isEqualByComparingTo(wan("24.78"));
    }

    /** 新乡 2024's 三公 table as {@code pdftotext -layout} writes it: its twelve-line header and 栏次 line, then {@code body}. */
    private static TableExtraction threePublic2024(String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "一般公共预算财政拨款“三公”经费支出决算表",
                "公开09表",
                "单位:万元",
                "部门名称: 新乡县医疗保障局",
                "预算                                     决算",
                "数                                      数",
                "合计 因公出国 公务用车购置",
                "   （境）费 及运行维护费",
                "                                   公务接 合计 因公出国 公务用车购置",
                "                                   待费     （境）费 及运行维护费",
                "                                                                             公务接",
                "                                                                             待费",
                "              小计     公务用车 公务用车                                 公务用车 公务用车",
                "                     购置费 运行维护",
                "                          费",
                "                                                        小计     购置费 运行维护",
                "                                                                    费",
                "1      2      3      4      5      6      7      8      9      10     11     12"));
        lines.addAll(List.of(body));
        lines.add("注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。");
        return extract(lines.toArray(String[]::new));
    }

    private static TableExtraction extractBudget(String... lines) {
        return TableExtractor.standard().extract(SeedDocs.text(lines), SeedDocs.info("新乡县医疗保障局", DocKind.BUDGET, "万元"));
    }

    /**
     * 新乡 2026's 基本支出 table as {@code pdftotext -layout} writes it: its wrapped header (人员经 / 费 and 公用经 / 费),
     * its 合计 row, the only row that fills every amount column, and its first row, then {@code body}.
     */
    private static TableExtraction basicExpenditure2026(String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "2026年一般公共预算基本支出表",
                "单位：万元",
                "部门预算支出经济分                     政府预算支出经济分类科                 本年一般公共预算基",
                "类科目                           目编码                         本支出",
                "科目编码      科目名称                科目编码        科目名称            合计        人员经 公用经",
                "                                                                    费   费",
                "          合计                                              457.08      427.30   29.78",
                "30302                退休费        50905                      离退休费     10.09      10.09"));
        lines.addAll(List.of(body));
        lines.add("注：本表反映本部门一般公共预算基本支出情况。");
        return extractBudget(lines.toArray(String[]::new));
    }

    @Test
    void aFunctionTableReadsEveryAmountInItsColumn() {
        TableExtraction x = extract(
                "一般公共预算财政拨款支出决算表",
                "公开05表",
                "单位：万元",
                "项目                         本年支出",
                "功能分类 科目编码 科目名称             小计 基本支出 项目支出",
                "栏次                         1      2      3",
                "          合计               719.68 443.06 276.62",
                "208       社会保障和就业支出        53.73 53.73",
                "2080505   机关事业单位基本养老保险缴费支出 42.95  42.95",
                "210       卫生健康支出           631.36 354.74 276.62",
                "21011     行政事业单位医疗         230.78 16.70  214.08",
                "2101199   其他行政事业单位医疗支出     0.38          0.38",
                "2101501   行政运行             338.04 338.04",
                "2101599   其他医疗保障管理事务支出     24.78         24.78",
                "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
        Items items = new Items(x);
        String t = "general_budget_expenditure";
        assertXinxiang2024Expenditure(items, t);
        assertThat(items.amount(t, "2080505", "basic")).isEqualByComparingTo(wan("42.95"));
        assertThat(items.amount(t, "21011", "basic")).isEqualByComparingTo(wan("16.70"));
        assertThat(items.amount(t, "21011", "project")).isEqualByComparingTo(wan("214.08"));
        assertThat(items.amount(t, "2101199", "project")).isEqualByComparingTo(wan("0.38"));
        assertThat(items.where(i -> List.of("2101501", "2080505").contains(i.code()) && i.measure().equals("project")))
                .as("no amount where the row has none").isEmpty();
        assertThat(items.where(i -> List.of("2101199", "2101599").contains(i.code()) && i.measure().equals("basic")))
                .isEmpty();
        assertThat(x.lineItems().issues()).isEmpty();
    }

    @Test
    void aTwoSidedSummaryReadsItsAmountsAndNotItsRowNumbers() {
        TableExtraction x = extract(
                "收入支出决算总表",
                "公开01表",
                "单位：万元",
                "收入                      支出",
                "项目               行次 决算数 项目              行次 决算数",
                "栏次                  1   栏次                   2",
                "一、一般公共预算财政拨款收入 1 719.68 一、一般公共服务支出      32",
                "二、政府性基金预算财政拨款收入 2       二、外交支出          33",
                "八、其他收入           8      八、社会保障和就业支出     39   53.73",
                "                 9      九、卫生健康支出        40   631.36",
                "                 10     十、节能环保支出        41",
                "本年收入合计          27   719.68 本年支出合计          58   719.68",
                "总计              31   719.68   总计            62   719.68",
                "注：1. 本表反映部门本年度的总收支和年末结转结余情况。");
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "general_budget", "total", "income")).isEqualByComparingTo(wan("719.68"));
        assertThat(items.amount(t, "208", "total", "expenditure")).isEqualByComparingTo(wan("53.73"));
        assertThat(items.amount(t, "210", "total", "expenditure")).isEqualByComparingTo(wan("631.36"));
        assertThat(items.amount(t, "year_total", "total", "expenditure")).isEqualByComparingTo(wan("719.68"));
        assertThat(items.amount(t, "grand_total", "total", "income")).isEqualByComparingTo(wan("719.68"));
        assertThat(items.wholeWanBelow("100"))
                .as("行次 (whole 万元 under 100) are not amounts").isEmpty();
    }

    @Test
    void aPdftotextDocumentCountsOneColumnPerCharacterAndAScreenAlignedOneTwo() {
        List<String> pdftotext = List.of(
                "208       社会保障和就业支出        53.73 53.73",
                "20805     行政事业单位养老支出       51.75 51.75",
                "2080502   事业单位离退休          8.79   8.79",
                "210       卫生健康支出           631.36 354.74 276.62",
                "21011     行政事业单位医疗         230.78 16.70  214.08");
        assertThat(LayoutUnits.oneColumnPerCharacter(pdftotext)).isTrue();
        List<String> screen = List.of(
                "208         社会保障和就业支出    53.73         53.73",
                "20805       行政事业单位养老支出  51.75         51.75",
                "2080502     事业单位离退休        8.79          8.79",
                "210         卫生健康支出          631.36        354.74        276.62",
                "21011       行政事业单位医疗      230.78        16.70         214.08");
        assertThat(LayoutUnits.oneColumnPerCharacter(screen)).isFalse();
    }

    @Test
    void aSingleSpaceSeparatesNumbersAndANumberFromANameButNotTheHalvesOfOne() {
        assertThat(CellSplitter.split(1, "一、一般公共预算财政拨款收入 1 719.68 一、一般公共服务支出      32").filled())
                .extracting(Cell::text).containsExactly("一、一般公共预算财政拨款收入", "1", "719.68", "一、一般公共服务支出", "32");
        assertThat(CellSplitter.split(1, "社会保障和就业支 出  5056. 26  1,029.36 -0.50").filled())
                .extracting(Cell::text).containsExactly("社会保障和就业支 出", "5056. 26", "1,029.36", "-0.50");
    }

    @Test
    void rowNumbersOfAWrappedTableAreNotAmountsEvenWhereItsHeaderLostThe行次Label() {
        TableExtraction x = extract(
                "财政拨款收入支出决算总表",
                "公开04表",
                "单位：万元",
                "收入                 支出",
                "项目        行 金额 项目              行 合计 一般公共预算财 政府性基金预算 国有资本经营预算",
                "          次                    次         政拨款    财政拨款 财政拨款",
                "栏次           1      栏次            2      3      4    5",
                "一、一般公共预算财 1 719.68 一、一般公共服务支出 33",
                "政拨款",
                "二、政府性基金预算 2         二、外交支出",
                "财政拨款                           34",
                "",
                "三、国有资本经营预 3         三、国防支出",
                "算财政拨款                          35",
                "",
                "          4         四、公共安全支出   36",
                "          5         五、教育支出     37",
                "          6         六、科学技术支出   38",
                "                    七、文化旅游体育与传 39",
                "          7",
                "                    媒支出",
                "                    八、社会保障和就业支 40 53.73 53.73",
                "          8",
                "                    出",
                "          9         九、卫生健康支出   41 631.36 631.36",
                "          10        十、节能环保支出   42",
                "          11        十一、城乡社区支出 43",
                "          12        十二、农林水支出   44",
                "          13        十三、交通运输支出 45",
                "                    十四、资源勘探工业信 46",
                "          14",
                "                    息等支出",
                "                    十五、商业服务业等支 47",
                "          15",
                "                    出",
                "          16        十六、金融支出    48",
                "                    十七、援助其他地区支 49",
                "          17",
                "                    出",
                "                    十八、自然资源海洋气 50",
                "          18",
                "                    象等支出",
                "          19        十九、住房保障支出 51 34.59 34.59",
                "                    二十、粮油物资储备支 52",
                "          20",
                "                    出",
                "                    二十一、国有资本经营 53",
                "          21",
                "                    预算支出",
                "                    二十二、灾害防治及应 54",
                "          22",
                "                    急管理支出",
                "          23        二十三、其他支出   55",
                "          24        二十四、债务还本支出 56",
                "          25        二十五、债务付息支出 57",
                "                    二十六、抗疫特别国债 58",
                "          26",
                "                    安排的支出",
                "本年收入合计    27 719.68 本年支出合计     59 719.68 719.68",
                "年初财政拨款结转和 28        年末财政拨款结转和结 60",
                "结余                  余",
                "一般公共预算财政拨 29",
                "款                              61",
                "",
                "政府性基金预算财政 30",
                "拨款                             62",
                "",
                "国有资本经营预算财 31",
                "政拨款                            63",
                "总计          32   719.68   总计          64   719.68 719.68",
                "",
                "",
                "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结");
        Items items = new Items(x);
        // 40 stands one space after 八、社会保障和就业支, in the name's column by position: it is the row's 行次, and
        // the name is 社会保障和就业支出 with the 出 below
        assertThat(items.amount("fiscal_summary", "208", "total", "expenditure")).isEqualByComparingTo(wan("53.73"));
        assertThat(items.amount("fiscal_summary", "210", "total", "expenditure")).isEqualByComparingTo(wan("631.36"));
        assertThat(items.amount("fiscal_summary", "221", "total", "expenditure")).isEqualByComparingTo(wan("34.59"));
        assertThat(items.wholeWanBelow("100"))
                .as("行次 (whole 万元 under 100) are not amounts").isEmpty();
    }

    @Test
    void aCodePrintedInIts类款项PartsStaysOneCell() {
        assertThat(CellSplitter.split(1, "210 11 01      行政单位医疗     202.19   2.19   2.19").filled())
                .extracting(Cell::text).containsExactly("210 11 01", "行政单位医疗", "202.19", "2.19", "2.19");
        assertThat(CellSplitter.split(1, "208 05").filled()).extracting(Cell::text).containsExactly("208 05");
        assertThat(CellSplitter.split(1, "208   05 02         事业单位离退休 10.09    10.09").filled())
                .extracting(Cell::text).containsExactly("208", "05 02", "事业单位离退休", "10.09", "10.09");
    }

    @Test
    void aTableWhoseWrappedHeaderReadsTwoColumnsAsOneMeasureIsReportedNotRead() {
        TableExtraction x = TableExtractor.standard().extract(SeedDocs.text(
                "表6",
                "部门综合预算一般公共预算支出明细表（按支出经济分类科目）",
                "单位：元",
                "部门经济科目 部门经济科目名称         政府经济科目 政府经济科 合计           人员经费支 公用经费支 专项业务经费 备",
                "编码                      编码     目名称                出     出     支出     注",
                "       合计                                2368819 2137019      151800   80000",
                "301    工资福利支出                            2136479 2136479",
                "",
                "       基本工资                      工资福利支",
                "30101                   50501",
                "                                 出       896928   896928",
                "注：本表反映部门一般公共预算支出明细情况。"),
                SeedDocs.info("西乡县医疗保险业务经办中心", DocKind.BUDGET, "元"));
        assertThat(x.lineItems().records()).isEmpty();
        assertThat(x.lineItems().issues()).filteredOn(i -> i.kind().equals("header_not_read")).singleElement()
                .satisfies(i -> {
                    assertThat(i.line()).isEqualTo(4);
                    assertThat(i.message()).contains("two of its amount columns read the same measure");
                });
    }

    @Test
    void aCodeBeforeItsNameIsNoAmountEvenWhereTheHeaderPlacesItAmongThem() {
        TableExtraction x = basicExpenditure2026(
                "30112                其他社会保障缴费   50501                      工资福利支出   2.27       2.27",
                "30239                其他交通费用                  50201         办公经费     3.78                3.78",
                "30201                办公费                     50201         办公经费     2.05                2.05");
        Items items = new Items(x);
        String t = "basic_expenditure_economic";
        assertThat(items.amount(t, "30239", "public")).isEqualByComparingTo(wan("3.78"));
        assertThat(items.amount(t, "30201", "public")).isEqualByComparingTo(wan("2.05"));
        assertThat(items.where(i -> i.amount().compareTo(wan("50000")) > 0)).as("no code read as an amount").isEmpty();
        // the header's 人员经 / 费 and 公用经 / 费 are its 人员经费 and 公用经费 columns (WrappedHeaderLabels); a row's
        // second amount takes the column its distance from the row's total gives, as the 合计 row spaces them
        assertThat(items.amount(t, "30112", "personnel")).isEqualByComparingTo(wan("2.27"));
        assertThat(items.amount(t, "30302", "personnel")).isEqualByComparingTo(wan("10.09"));
        assertThat(items.amount(t, "30239", "total")).isEqualByComparingTo(wan("3.78"));
        assertThat(items.where(i -> List.of("30239", "30201").contains(i.code()) && i.measure().equals("personnel")))
                .as("no 公用经费 amount read as 人员经费").isEmpty();
        assertThat(items.where(i -> List.of("30112", "30302").contains(i.code()) && i.measure().equals("public")))
                .as("no 人员经费 amount read as 公用经费").isEmpty();
        assertThat(x.lineItems().issues()).extracting(ParseIssue::kind).doesNotContain("malformed_amount", "header_not_read");
    }

    @Test
    void aHeaderWhoseLabelsWrapOneSpaceApartIsReadWhole() {
        // 新乡 2024's 支出决算表: 本年支出合 基本支 项目支 … over 计 出 出 …, and 功能分类科目编 over 码
        TableExtraction x = extract(
                "支出决算表",
                "公开03表",
                "单位：万元",
                "部门名称：新乡县医疗保障局",
                "项目                     本年支出合 基本支 项目支 上缴上级支 经营支 对附属单位补助支",
                "                       计      出      出      出 出 出",
                "功能分类科目编 科目名称",
                "码",
                "栏次                     1      2      3      4 5 6",
                "        合计             719.68 443.06 276.62",
                "208     社会保障和就业支出      53.73  53.73",
                "        机关事业单位基本养老保险缴费 42.95",
                "2080505",
                "        支出                    42.95",
                "2101199 其他行政事业单位医疗支出   0.38          0.38",
                "21015   医疗保障管理事务       400.58 338.04 62.54",
                "2101501 行政运行           338.04 338.04",
                "2101599 其他医疗保障管理事务支出   24.78         24.78",
                "注：本表反映部门本年度各项支出情况。");
        Items items = new Items(x);
        String t = "expenditure";
        assertXinxiang2024Expenditure(items, t);
        assertThat(items.amount(t, "21015", "project")).isEqualByComparingTo(wan("62.54"));
        assertThat(items.where(i -> "2101199".equals(i.code()))).extracting(LineItem::name)
                .containsOnly("其他行政事业单位医疗支出");
        // 2080505 alone on its line between its name's head (with 合计) and tail (with 基本支出): one row
        assertThat(items.amount(t, "2080505", "total")).isEqualByComparingTo(wan("42.95"));
        assertThat(items.amount(t, "2080505", "basic")).isEqualByComparingTo(wan("42.95"));
        assertThat(items.where(i -> "2080505".equals(i.code()))).extracting(LineItem::name)
                .containsOnly("机关事业单位基本养老保险缴费支出");
        assertThat(items.where(i -> List.of("to_superior", "operating", "affiliate_subsidy").contains(i.measure())))
                .as("nothing in the columns no row fills").isEmpty();
        assertThat(x.lineItems().issues()).isEmpty();
    }

    @Test
    void theCodesAndNamesOfADoubleKeyedRowTakeTheirColumnsInOrder() {
        // 退休费 stands nearer the 政府经济分类 code column than its own name column, 离退休费 nearer 合计 than its
        // name column: in order, they are 30302 退休费 and 50905 离退休费
        TableExtraction x = basicExpenditure2026(
                "30112                其他社会保障缴费   50501                      工资福利支出   2.27       2.27",
                "30201                办公费                     50201         办公经费     2.05                2.05");
        Items items = new Items(x);
        assertThat(items.where(i -> "30302".equals(i.code()))).extracting(LineItem::name).containsOnly("退休费");
        assertThat(items.where(i -> "50905".equals(i.code()))).extracting(LineItem::name).containsOnly("离退休费");
        assertThat(items.where(i -> "30112".equals(i.code()))).extracting(LineItem::name).containsOnly("其他社会保障缴费");
        assertThat(items.amount("basic_expenditure_economic", "30302", "total")).isEqualByComparingTo(wan("10.09"));
    }

    @Test
    void aWrappedNamesTailThatReadsLikeALineOfTheHeaderIsData() throws java.io.IOException {
        // 新乡 2026's 财政拨款收支总体情况表: its header wraps 其中：财政拨 over 款, and the row （一）一般公共预算拨 over
        // 款 below it; the row's 款 is no header repeated on a new page
        TableExtraction x = TableExtractor.standard().extract(golden("pdftotext-xinxiang-budget-2026"),
                SeedDocs.info("新乡县医疗保障局", DocKind.BUDGET, "万元"));
        Items items = new Items(x);
        assertThat(items.amount("fiscal_summary", "general_budget", "total", "income")).isEqualByComparingTo(wan("1029.36"));
        assertThat(items.amount("fiscal_summary", "carryover_begin.general_budget", "total", "income"))
                .isEqualByComparingTo(wan("0.01"));
    }

    /** The input of golden case {@code name}, as a document. */
    private static SourceDocument golden(String name) throws java.io.IOException {
        java.nio.file.Path input = java.nio.file.Path.of(System.getProperty("basedir", "."))
                .resolve("src/test/resources/golden/" + name + "/input.txt");
        return new SourceDocument(input.toString(), name, "UTF-8",
                java.nio.file.Files.readAllLines(input, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSideBySideRowPrintedOverSeveralLinesBetweenBlankOnesIsOneRow() throws java.io.IOException {
        // 西乡 2024's 表1 in the whole extraction (golden case pdftotext-xixiang-budget-2024, lines 159-): four sides
        // (收入 | 功能分类 | 部门经济分类 | 政府经济分类), every name wrapped, each amount beside its name's last part,
        // a blank line after each row; the sides' labels wrapped over three header lines (部门预算支出经 / 济分类科目（按)
        TableExtraction x = TableExtractor.standard().extract(golden("pdftotext-xixiang-budget-2024"),
                SeedDocs.info("西乡县医疗保险业务经办中心", DocKind.BUDGET, "元"));
        Items items = new Items(x);
        String t = "income_expenditure_summary";
        assertThat(items.amount(t, "general_budget", "total", "income")).isEqualByComparingTo("2368819.00");
        assertThat(items.amount(t, "201", "total", "function")).isEqualByComparingTo("0.00");
        assertThat(items.amount(t, "202", "total", "function")).isEqualByComparingTo("0.00");
        assertThat(items.amount(t, "basic", "total", "dept_economic")).isEqualByComparingTo("2288819.00");
        assertThat(items.where(i -> i.tableKind().equals(t) && "机关工资福利支出".equals(i.name())))
                .extracting(LineItem::columnGroup).containsExactly("gov_economic");
        assertThat(items.where(i -> i.tableKind().equals(t) && "工资福利支出".equals(i.name()) && i.sourceLine() < 180))
                .extracting(LineItem::columnGroup, LineItem::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dept_economic", new java.math.BigDecimal("2136479.00")));
        assertThat(items.where(i -> i.tableKind().equals(t) && i.sourceLine() < 200 && i.name() != null
                && List.of("支出", "务支出", "出项目", "常性补助", "列入部门预算的").contains(i.name())))
                .as("no tail of a wrapped name read as a row of its own").isEmpty();
    }

    @Test
    void aRowStandingRightOfItsColumnsKeepsItsSpacingFromItsTotal() {
        // 高平 2024's 05 table (OCR text printed to PDF and extracted): amounts with a space after the point, two
        // of them one space apart, and 住房保障支出's 27. 96 27. 96 five columns right of the rows above
        TableExtraction x = extract(
                "一般公共预算财政拨款支出决算表",
                "公开05表",
                "部门名称: 高平市医疗保险服务中心",
                "2024年度",
                "",
                "        项目                         本年支出",
                "科目代码 科目名称                 小计       基本支出 项目支出",
                "        栏次                1        2        3",
                "        合计                5056. 26 1367. 05 3689. 21",
                "208     社会保障和就业支出         51.85    51. 12   0. 73",
                "20801   人力资源和社会保障 管理事务    0.73              0.73",
                "2080109 社会保险经办机构          0.73              0.73",
                "20805   行政事业单位养老支 出       51. 12   51.12",
                "2080505 机关事业单位基本养 老保险缴费支出 34. 16   34. 16",
                "2080506 机关事业单位职业年 金缴费支出   16. 96   16. 96",
                "210     卫生健康支出            4976. 46 1287. 98 3688. 48",
                "21011   行政事业单位医疗          1034.66 1034.66",
                "2101102 事业单位医疗            16. 60   16.60",
                "2101103 公务员医疗补助           1018.05 1018. 05",
                "21013   医疗救助              1160. 98          1160. 98",
                "2101301 城乡医疗救助            1042.64           1042.64",
                "2101399 其他医疗救助支出          118. 34           118. 34",
                "21015   医疗保障管理事务          2780.82 253. 32 2527. 50",
                "2101506 医疗保障经办事务          317.02   253. 32 63. 70",
                "2101599 其他医疗保障管理事 务支出     2463. 79          2463. 79",
                "221     住房保障支出                 27. 96   27. 96",
                "22102   住房改革支出                 27. 96   27. 96",
                "2210201 住房公积金                  27. 96   27. 96",
                "",
                "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
        Items items = new Items(x);
        String t = "general_budget_expenditure";
        assertThat(items.amount(t, "total", "total")).isEqualByComparingTo(wan("5056.26"));
        assertThat(items.amount(t, "total", "project")).isEqualByComparingTo(wan("3689.21"));
        assertThat(items.amount(t, "2101103", "basic")).isEqualByComparingTo(wan("1018.05"));
        assertThat(items.amount(t, "221", "total")).isEqualByComparingTo(wan("27.96"));
        assertThat(items.amount(t, "2210201", "basic")).isEqualByComparingTo(wan("27.96"));
        assertThat(items.where(i -> i.code() != null && List.of("221", "22102", "2210201").contains(i.code())
                && i.measure().equals("project")))
                .as("住房公积金 is basic spending").isEmpty();
    }

    @Test
    void aCodeAloneUnderANameColumnOfAWrappedRowIsNoAmount() {
        TableExtraction x = basicExpenditure2026(
                "",
                "                     奖金                                    工资奖金津补",
                "30103                                        50101",
                "                                                           贴        5.05       5.05",
                "",
                "                     工会经费                                  商品和服务支",
                "30228                                        50502",
                "                                                           出        5.02                5.02",
                "",
                "30239                其他交通费用                  50201         办公经费     3.78                3.78",
                "30201                办公费                     50201         办公经费     2.05                2.05");
        Items items = new Items(x);
        // 50101 and 50502 stand alone on their lines, under the name column of the 政府经济分类 pair: codes, not
        // amounts of 50,101 and 50,502 万元
        assertThat(items.where(i -> i.amount().compareTo(wan("50000")) > 0)).as("no code read as an amount").isEmpty();
        assertThat(items.amount("basic_expenditure_economic", "30239", "public")).isEqualByComparingTo(wan("3.78"));
    }

    @Test
    void theColumnNumbersUnderATallThreePublicHeaderAreNoAmounts() {
        TableExtraction x = threePublic2024(
                "2.40   0.00   2.40   0.00   2.40   0.00   2.15   0.00   2.15   0.00   2.15   0.00");
        Items items = new Items(x);
        assertThat(items.where(i -> i.amount().signum() > 0 && i.amount().compareTo(wan("12")) <= 0
                && i.amount().remainder(wan("1")).signum() == 0)).as("栏次 1 … 12 are not amounts").isEmpty();
        // the twelve amounts fall into fewer columns than the header's (2.40, 2.15 and 0.00 into one), but the 栏次
        // line numbers twelve columns and the line has twelve amounts: the layout's columns in order (合计, 因公出国,
        // 公务用车 小计, 购置费, 运行维护费, 公务接待费; 预算数, then 决算数), and each half adds up
        String t = "three_public";
        assertThat(items.amount(t, "total", "budget")).isEqualByComparingTo(wan("2.40"));
        assertThat(items.amount(t, "vehicle", "budget")).isEqualByComparingTo(wan("2.40"));
        assertThat(items.amount(t, "vehicle_operation", "budget")).isEqualByComparingTo(wan("2.40"));
        assertThat(items.amount(t, "total", "actual")).isEqualByComparingTo(wan("2.15"));
        assertThat(items.amount(t, "vehicle_operation", "actual")).isEqualByComparingTo(wan("2.15"));
        assertThat(items.amount(t, "reception", "actual")).isEqualByComparingTo(wan("0"));
        assertThat(items.where(i -> i.tableKind().equals(t))).hasSize(12);
        assertThat(x.lineItems().issues()).isEmpty();
    }

    @Test
    void aThreePublicLineOutOfStepWithItsHeaderIsNotReadInOrderWhenItsCountsDiffer() {
        // eleven amounts under a 栏次 line of twelve: one was lost, so the order says nothing
        TableExtraction x = threePublic2024(
                "2.40   0.00   2.40   0.00   2.40   0.00   2.15   0.00   2.15   0.00   2.15");
        assertThat(new Items(x).where(i -> i.tableKind().equals("three_public"))).isEmpty();
        assertThat(x.lineItems().issues()).extracting(ParseIssue::kind).contains("misaligned_row");
    }

    @Test
    void aThreePublicRowWhoseCategoriesDoNotAddUpToItsTotalIsNotRead() {
        // 新乡 2026's 三公 table: 2.00 is 合计, 公务用车购置及运行费 小计 and 公务用车运行费, but by the header's
        // positions it stood under 公务用车购置费 and 公务接待费, which would make 4.00 of a 2.00 total
        TableExtraction x = extractBudget(
                "2026年一般公共预算“三公”经费支出情况表",
                "部门名称：新乡县医疗保障局",
                "单位：万元",
                "三公”经费合计 因公出国（境）费 公务用车购置及运行费",
                "“                                           公务接待费",
                "                 小计         公务用车购置费 公务用车运行费",
                "2.00                  2.00                      2.00",
                "注：1. 按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费");
        assertThat(new Items(x).where(i -> i.tableKind().equals("three_public"))).isEmpty();
        assertThat(x.lineItems().issues()).extracting(ParseIssue::kind).contains("row_not_verified");
    }
}
