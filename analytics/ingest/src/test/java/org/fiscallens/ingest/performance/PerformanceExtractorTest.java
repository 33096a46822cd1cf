package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.narrative.NarrativeSeeds;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.narrative.NarrativeSeeds.wan;

/** 绩效自评 projects of the real seed documents, in their three table layouts and in prose. */
class PerformanceExtractorTest {
    private static Extraction<PerformanceProject> read(String prefix, DocKind kind) {
        SourceDocument doc = NarrativeSeeds.doc(prefix);
        return PerformanceExtractor.standard().extract(doc, NarrativeSeeds.info(doc, null, 2024, kind, "万元"));
    }

    private static PerformanceProject named(Extraction<PerformanceProject> ex, String name) {
        return ex.records().stream().filter(p -> p.projectName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no project " + name + " in " + ex.records()));
    }

    private static void assertFunds(PerformanceProject p, String initial, String fullYear, String executed,
                                    String rate, String score) {
        assertThat(p.initialBudget()).as("initial").isEqualByComparingTo(wan(initial));
        assertThat(p.fullYearBudget()).as("full year").isEqualByComparingTo(wan(fullYear));
        assertThat(p.executed()).as("executed").isEqualByComparingTo(wan(executed));
        assertThat(p.executionRate()).as("rate").isEqualByComparingTo(rate);
        assertThat(p.score()).as("score").isEqualByComparingTo(score);
    }

    @Test
    void xinxiangTabTablesReportTableAndProseSummaries() {
        var ex = read("000", DocKind.FINAL);
        assertThat(ex.records()).hasSize(7);
        PerformanceProject cadres = named(ex, "县级干部医疗费(2024年)");
        assertFunds(cadres, "200", "178.57", "178.57", "1", "100");
        assertThat(cadres.layout()).isEqualTo("table.tab");
        assertThat(cadres.sourceLine()).isEqualTo(560);
        // table name 医保经办服务费, prose name 医疗经办服务费: one project, identical figures and score
        assertFunds(named(ex, "城乡居民医保经办服务费(2024年)"), "43", "33.3", "33.3", "1", "97.4");
        assertThat(ex.records()).noneMatch(p -> p.projectName().startsWith("城乡居民医疗经办服务费"));
        // the self-evaluation report: its table 1-2-1 plus 总得分 98.66 分，属于“优”
        PerformanceProject central = named(ex, "2024年中央财政医疗服务与保障能力提升补助资金");
        assertFunds(central, "0", "18", "15.59", "0.8661", "98.66");
        assertThat(central.grade()).isEqualTo("优");
        // described in prose only
        PerformanceProject early = named(ex, "提前下达2024年中央财政医疗服务与保障能力提升资金");
        assertThat(early.layout()).isEqualTo("narrative");
        assertThat(early.initialBudget()).isNull();
        assertThat(early.fullYearBudget()).isEqualByComparingTo(wan("9"));
        assertThat(early.executed()).isEqualByComparingTo(wan("8.47"));
        assertThat(early.executionRate()).isEqualByComparingTo("0.9411");
        assertThat(early.score()).isEqualByComparingTo("99.41");
    }

    @Test
    void gaopingOcrTablesWithSplitAndGarbledCells() {
        var ex = read("001", DocKind.FINAL);
        assertThat(ex.records()).hasSize(11).allMatch(p -> p.layout().equals("table.ocr"));
        // 55. 875 and 93. 12: OCR spaces; 60 | , 6 | 0: a split 预算编制数
        PerformanceProject first = named(ex, "城乡居民医疗保险工作经费");
        assertFunds(first, "60", "60", "55.875", "0.9312", "94.31");
        assertThat(first.grade()).isEqualTo("优");
        // 5, 597: a comma for a point, settled by 9 − 5.597 = 3.403 (结余)
        assertFunds(named(ex, "全国医疗保障服务示范点工作经费"), "9", "9", "5.597", "0.6218", "87.22");
        // 2, 692. 323: the same comma as a thousands separator
        assertFunds(named(ex, "城乡居民基本医疗保险个人缴费补贴和困难人群慢性病门诊兜底保障资金"),
                "2800", "2692.323", "2442.047", "0.907", "94.97");
        PerformanceProject agency = named(ex, "医疗救助代办服务费");
        assertFunds(agency, "36", "36", "0", "0", "70");
        assertThat(agency.grade()).isEqualTo("中");
        assertThat(ex.issues()).extracting(ParseIssue::kind).containsOnly("garbled_cell");
        assertThat(ex.issues()).anySatisfy(i -> assertThat(i.message()).contains("37|72. 5"));
    }

    @Test
    void urumqiOneCellPerLineTables() {
        var ex = read("003", DocKind.FINAL);
        assertThat(ex.records()).extracting(PerformanceProject::projectName).containsExactly(
                "2024年综合运行费", "打击欺诈骗取医疗保障基金行为举报奖励",
                "2023年中央医疗服务与保障能力提升(中医药传承与发展)补助资金(第三批)(上年结转资金)",
                "2024年中央财政医疗服务与保障能力提升补助资金(第一批)", "2024年自治区财政全民参保及医疗服务经费补助资金");
        assertThat(ex.records()).allMatch(p -> p.layout().equals("table.cell_per_line"));
        assertFunds(ex.records().get(0), "86.78", "86.78", "79.36", "0.9145", "91.65");
        assertFunds(ex.records().get(3), "165.00", "165.00", "164.20", "0.9952", "99.95");
        BigDecimal total = ex.records().stream().map(PerformanceProject::fullYearBudget)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // the prose states 5 projects, 全年预算数367.92万元
        assertThat(total).isEqualByComparingTo(wan("367.92"));
        assertThat(ex.issues()).isEmpty();
    }

    /**
     * A damaged cell of the one-cell-per-line layout is reported at its own line, with that line as the raw text, and
     * read as nothing: 79.36 (全年执行数) and 91.65分 (总分) of the first 乌鲁木齐 project, each made unreadable.
     */
    @Test
    void urumqiDamagedCellIsReportedAtItsOwnLine() {
        SourceDocument clean = NarrativeSeeds.doc("003");
        int funds = lineAfter(clean, 1, "年度资金总额");
        int executed = lineAfter(clean, funds, "79.36");
        int score = lineAfter(clean, lineAfter(clean, funds, "总分"), "91.65分");

        var ex = readDamaged(clean, executed, "7#.36");
        assertThat(ex.records().get(0).executed()).isNull();
        assertThat(ex.records().get(0).fullYearBudget()).isEqualByComparingTo(wan("86.78"));
        assertThat(ex.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("ambiguous_amount");
            assertThat(i.line()).isEqualTo(executed);
            assertThat(i.rawLine()).isEqualTo("7#.36");
        });

        ex = readDamaged(clean, score, "9l.65分");
        assertThat(ex.records().get(0).score()).isNull();
        assertThat(ex.records().get(0).executed()).isEqualByComparingTo(wan("79.36"));
        assertThat(ex.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("malformed_amount");
            assertThat(i.line()).isEqualTo(score);
            assertThat(i.rawLine()).isEqualTo("9l.65分");
        });
    }

    /** The first line at or after {@code from} (1-based) whose text, stripped, is {@code text}. */
    private static int lineAfter(SourceDocument doc, int from, String text) {
        for (int n = from; n <= doc.lineCount(); n++) {
            if (doc.line(n).strip().equals(text)) {
                return n;
            }
        }
        throw new AssertionError(text + " not found after line " + from);
    }

    private static Extraction<PerformanceProject> readDamaged(SourceDocument clean, int line, String cell) {
        List<String> lines = new java.util.ArrayList<>(clean.lines());
        lines.set(line - 1, "\t" + cell);
        SourceDocument doc = new SourceDocument(clean.path(), clean.docId(), clean.encoding(), lines);
        return PerformanceExtractor.standard().extract(doc, NarrativeSeeds.info(doc, null, 2024, DocKind.FINAL, "万元"));
    }

    @Test
    void budgetTargetTablesAreNotSelfEvaluations() {
        assertThat(read("002", DocKind.BUDGET).records()).isEmpty();
        assertThat(read("004", DocKind.BUDGET).records()).isEmpty();
    }

    @Test
    void tableWithoutUnitYieldsNoAmountsButSaysWhy() {
        SourceDocument doc = new SourceDocument("mem.txt", "mem", "UTF-8", List.of(
                "项目名称\t\t测试项目",
                "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额：\t10\t10\t5\t10\t50%\t5",
                "总分\t\t\t\t\t100\t80"));
        var ex = PerformanceExtractor.standard().extract(doc,
                NarrativeSeeds.info(doc, null, 2024, DocKind.FINAL, null));
        assertThat(ex.records()).singleElement().satisfies(p -> {
            assertThat(p.executed()).isNull();
            assertThat(p.executionRate()).isEqualByComparingTo("0.5");
            assertThat(p.score()).isEqualByComparingTo("80");
        });
        assertThat(ex.issues()).extracting(ParseIssue::kind).containsExactly("unknown_unit");
    }
}
