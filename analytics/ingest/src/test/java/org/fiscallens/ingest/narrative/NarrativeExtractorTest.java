package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fiscallens.ingest.narrative.NarrativeSeeds.wan;

/** Prose facts of the five real seed documents (issue #2, "Must show"). */
class NarrativeExtractorTest {
    private static final NarrativeExtractor EXTRACTOR = NarrativeExtractor.standard();

    private static Extraction<NarrativeFact> read(String prefix, String department, int year, DocKind kind) {
        SourceDocument doc = NarrativeSeeds.doc(prefix);
        return EXTRACTOR.extract(doc, NarrativeSeeds.info(doc, department, year, kind, "万元"));
    }

    private static List<NarrativeFact> facts(Extraction<NarrativeFact> ex, String statement, String subject,
                                             String kind) {
        return ex.records().stream().filter(f -> f.statement().equals(statement) && f.subject().equals(subject)
                && f.factKind().equals(kind)).toList();
    }

    private static NarrativeFact first(Extraction<NarrativeFact> ex, String statement, String subject, String kind) {
        List<NarrativeFact> all = facts(ex, statement, subject, kind);
        assertThat(all).as("%s/%s/%s", statement, subject, kind).isNotEmpty();
        return all.get(0);
    }

    private static Predicate<NarrativeFact> value(BigDecimal v) {
        return f -> f.value().compareTo(v) == 0;
    }

    @Test
    void xinxiang2024FinalExecutionAndChange() {
        var ex = read("000", "新乡县医疗保障局", 2024, DocKind.FINAL);
        NarrativeFact initial = first(ex, "general_budget", "total", "initial_budget");
        assertThat(initial.value()).isEqualByComparingTo(wan("747.24"));
        assertThat(initial.unit()).isEqualTo("元");
        assertThat(initial.sourceLine()).isEqualTo(406);
        assertThat(initial.sentence()).contains("年初预算为747.24万元");
        assertThat(first(ex, "general_budget", "total", "completion_pct").value()).isEqualByComparingTo("96.31");

        NarrativeFact change = first(ex, "all_funds", "total", "change_amount");
        assertThat(change.value()).isEqualByComparingTo(wan("-69.47"));
        assertThat(change.sourceLine()).isEqualTo(367);
        assertThat(change.reason()).isEqualTo("2024年县级干部医疗费减少，支出减少，收入随之减少");
        assertThat(first(ex, "all_funds", "total", "change_pct").value()).isEqualByComparingTo("-8.80");
        assertThat(first(ex, "all_funds", "total", "prior_amount").value()).isEqualByComparingTo(wan("789.15"));

        // a reason wrapped over a line break (主要原因 / 是…) is still attached
        assertThat(first(ex, "fiscal", "total", "change_amount").reason()).startsWith("2024年县级干部医疗费减少");
    }

    @Test
    void xinxiang2024ItemLevelBudgetVsFinal() {
        var ex = read("000", "新乡县医疗保障局", 2024, DocKind.FINAL);
        String item = "name:卫生健康支出/医疗保障管理事务/其他医疗保障管理事务支出";
        assertThat(first(ex, "general_budget", item, "initial_budget").value()).isEqualByComparingTo(wan("9.00"));
        assertThat(first(ex, "general_budget", item, "amount").value()).isEqualByComparingTo(wan("24.78"));
        NarrativeFact pct = first(ex, "general_budget", item, "completion_pct");
        assertThat(pct.value()).isEqualByComparingTo("275.33");
        assertThat(pct.reason()).contains("中央财政医疗服务与保障能力提升补助资金18万元");
        assertThat(ReasonTags.tag(pct.reason())).contains("carryover_or_added_funds");
        // 完 / 成年初预算的79.49% wraps over two lines
        assertThat(first(ex, "general_budget", "name:卫生健康支出/医疗保障管理事务/一般行政管理事务", "completion_pct")
                .value()).isEqualByComparingTo("79.49");
        // shares by 类, stated
        assertThat(first(ex, "general_budget", "name:住房保障支出", "share_pct").value()).isEqualByComparingTo("4.80");
    }

    @Test
    void xinxiang2024ThreePublicInProse() {
        var ex = read("000", "新乡县医疗保障局", 2024, DocKind.FINAL);
        assertThat(first(ex, "three_public", "three_public.total", "adjusted_budget").value())
                .isEqualByComparingTo(wan("2.40"));
        assertThat(first(ex, "three_public", "three_public.total", "amount").value()).isEqualByComparingTo(wan("2.15"));
        assertThat(first(ex, "three_public", "three_public.vehicle", "count"))
                .satisfies(f -> assertThat(f.unit()).isEqualTo("辆"))
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1"));
        assertThat(first(ex, "operating_cost", "operating_cost", "amount").value()).isEqualByComparingTo(wan("28.24"));
        assertThat(first(ex, "procurement", "procurement", "amount").value()).isEqualByComparingTo(wan("19.40"));
        assertThat(first(ex, "assets", "vehicles", "count").value()).isEqualByComparingTo("1");
    }

    @Test
    void gaoping2024FinalWithMalformedProseAmount() {
        var ex = read("001", "高平市医疗保险服务中心", 2024, DocKind.FINAL);
        assertThat(first(ex, "general_budget", "total", "initial_budget").value()).isEqualByComparingTo(wan("5015.28"));
        assertThat(first(ex, "general_budget", "total", "completion_pct").value()).isEqualByComparingTo("100.82");
        assertThat(first(ex, "all_funds", "total", "change_amount").value()).isEqualByComparingTo(wan("2690.32"));
        assertThat(first(ex, "all_funds", "total", "change_pct").value()).isEqualByComparingTo("113.71");
        assertThat(first(ex, "all_funds", "total", "prior_amount").value()).isEqualByComparingTo(wan("2365.94"));

        String social = "name:社会保障和就业支出";
        assertThat(first(ex, "general_budget", social, "initial_budget").value()).isEqualByComparingTo(wan("151.50"));
        assertThat(facts(ex, "general_budget", social, "amount")).anyMatch(value(wan("51.85")));
        assertThat(first(ex, "general_budget", social, "completion_pct").value()).isEqualByComparingTo("34.22");

        assertThat(first(ex, "three_public", "three_public.total", "amount").value()).isEqualByComparingTo(wan("1.34"));
        assertThat(first(ex, "three_public", "three_public.total", "prior_amount").value())
                .isEqualByComparingTo(wan("1.58"));
        assertThat(facts(ex, "three_public", "three_public.reception", "count"))
                .extracting(NarrativeFact::unit, f -> f.value().intValue())
                .contains(org.assertj.core.groups.Tuple.tuple("批次", 1), org.assertj.core.groups.Tuple.tuple("人次", 12));

        // 1.367.05 is reported, and no 基本支出 fact is invented from it
        assertThat(ex.issues()).filteredOn(i -> i.kind().equals("malformed_amount"))
                .singleElement().satisfies(i -> {
                    assertThat(i.line()).isEqualTo(441);
                    assertThat(i.message()).contains("1.367.05");
                });
        assertThat(ex.records()).noneMatch(f -> f.sourceLine() == 441 && f.subject().equals("basic"));
        // the line is accounted for by the issue, not left as an unexplained data line as well
        assertThat(ex.consumedLines().get(441)).isTrue();
    }

    @Test
    void xinxiang2026BudgetChangesAgainst2025() {
        var ex = read("002", "新乡县医疗保障局", 2026, DocKind.BUDGET);
        assertThat(first(ex, "income", "total", "change_amount").value()).isEqualByComparingTo(wan("-140.92"));
        assertThat(first(ex, "income", "total", "change_pct").value()).isEqualByComparingTo("-12.04");
        assertThat(first(ex, "general_budget", "total", "prior_amount").value()).isEqualByComparingTo(wan("1170.29"));
        // in a budget document the budget figures are the amounts
        assertThat(first(ex, "three_public", "three_public.total", "amount").value()).isEqualByComparingTo(wan("2.00"));
        assertThat(first(ex, "three_public", "three_public.total", "prior_amount").value())
                .isEqualByComparingTo(wan("2.40"));
        assertThat(first(ex, "general_budget", "name:卫生健康支出", "amount").value()).isEqualByComparingTo(wan("933.94"));
    }

    @Test
    void urumqi2024ProseOnlyDocument() {
        var ex = read("003", "乌鲁木齐市医疗保障局（本级）", 2024, DocKind.FINAL);
        assertThat(first(ex, "all_funds", "total", "amount").value()).isEqualByComparingTo(wan("1228.09"));
        assertThat(first(ex, "expenditure", "basic", "amount").value()).isEqualByComparingTo(wan("410.56"));
        assertThat(first(ex, "expenditure", "project", "amount").value()).isEqualByComparingTo(wan("817.52"));
        assertThat(first(ex, "fiscal", "total", "initial_budget").value()).isEqualByComparingTo(wan("1553.84"));
        assertThat(first(ex, "general_budget", "total", "initial_budget").value()).isEqualByComparingTo(wan("1553.84"));
        assertThat(first(ex, "all_funds", "total", "change_pct").value()).isEqualByComparingTo("20.87");
        assertThat(first(ex, "all_funds", "total", "prior_amount").value()).isEqualByComparingTo(wan("1016.01"));

        String admin = "name:卫生健康支出/医疗保障管理事务/行政运行";
        assertThat(first(ex, "general_budget", admin, "amount").value()).isEqualByComparingTo(wan("361.59"));
        NarrativeFact adminChange = first(ex, "general_budget", admin, "change_amount");
        assertThat(adminChange.value()).isEqualByComparingTo(wan("4.60"));
        assertThat(adminChange.sourceLine()).isEqualTo(50);
        assertThat(ReasonTags.tag(adminChange.reason())).contains("policy_standard_change");

        assertThat(first(ex, "three_public", "three_public.total", "amount").value()).isEqualByComparingTo("0");
        assertThat(first(ex, "three_public", "three_public.total", "prior_amount").value())
                .isEqualByComparingTo(wan("0.19"));
        assertThat(first(ex, "staff", "actual", "count").value()).isEqualByComparingTo("22");
    }

    @Test
    void xixiang2024BudgetProseInWanWhileTablesAreInYuan() {
        var ex = read("004", "西乡县医疗保险业务经办中心", 2024, DocKind.BUDGET);
        assertThat(first(ex, "general_budget", "total", "change_amount").value()).isEqualByComparingTo(wan("-1.43"));
        assertThat(first(ex, "general_budget", "2101506", "amount").value()).isEqualByComparingTo(wan("184.55"));
        assertThat(first(ex, "staff", "authorized", "count").value()).isEqualByComparingTo("24");
        assertThat(first(ex, "staff", "actual", "count").value()).isEqualByComparingTo("22");
    }

    @Test
    void everySeedLeavesNoProseDataUnexplained() {
        String[][] seeds = {{"000", "final"}, {"001", "final"}, {"002", "budget"}, {"003", "final"}, {"004", "budget"}};
        for (String[] s : seeds) {
            var ex = read(s[0], null, 2024, s[1].equals("budget") ? DocKind.BUDGET : DocKind.FINAL);
            assertThat(ex.issues()).as(s[0]).extracting(ParseIssue::kind).doesNotContain("unexplained_sentence");
            assertThat(ex.records()).as(s[0]).isNotEmpty();
        }
    }

    @Test
    void unknownSentenceWithMoneyIsReportedNotGuessed() {
        SourceDocument doc = new SourceDocument("mem.txt", "mem", "UTF-8", List.of(
                "2024年度收入合计100.00万元。",
                "",
                "某某奇怪事项神秘数字12.5万元拨付给谁未说明。"));
        var ex = EXTRACTOR.extract(doc, NarrativeSeeds.info(doc, null, 2024, DocKind.FINAL, "万元"));
        assertThat(ex.records()).extracting(NarrativeFact::subject).contains("total");
        assertThat(ex.issues()).extracting(ParseIssue::kind, ParseIssue::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unexplained_sentence", 3));
        assertThat(ex.consumedLines().get(1)).isTrue();
        assertThat(ex.consumedLines().get(3)).isFalse();
    }
}
