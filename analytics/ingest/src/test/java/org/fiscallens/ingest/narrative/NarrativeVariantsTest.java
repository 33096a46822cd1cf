package org.fiscallens.ingest.narrative;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocKind;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fiscallens.ingest.narrative.NarrativeSeeds.wan;

/** Phrasings and layouts the seeds do not show, read by the same patterns (no per-document rules). */
class NarrativeVariantsTest {
    private static List<NarrativeFact> read(List<String> lines, List<ParseIssue> issuesOut) {
        SourceDocument doc = new SourceDocument("variant.txt", "variant", "UTF-8", lines);
        var ex = NarrativeExtractor.standard()
                .extract(doc, NarrativeSeeds.info(doc, "某县医疗保障局", 2023, DocKind.FINAL, "万元"));
        issuesOut.addAll(ex.issues());
        return ex.records();
    }

    @Test
    void otherWordingsOfTheSameFacts() {
        List<ParseIssue> issues = new java.util.ArrayList<>();
        var facts = read(List.of(
                "某县医疗保障局2023年度收入总计1,200.50万元，同比增幅为3.5%，上年决算数为1,160.00万元。",
                "本年度“三公”经费支出5.00万元，预算执行率为80.00%，",
                "",
                "较上年减少1.00万元，主要原因是严格控制公务接待。",
                "其中：公务接待费支出2.00万元，共接待12批次、96人次。"), issues);
        assertThat(facts).extracting(NarrativeFact::statement, NarrativeFact::subject, NarrativeFact::factKind,
                        f -> f.value().stripTrailingZeros().toPlainString(), NarrativeFact::sourceLine)
                .contains(
                        tuple("all_funds", "total", "amount", wan("1200.50").stripTrailingZeros().toPlainString(), 1),
                        tuple("all_funds", "total", "change_pct", "3.5", 1),
                        tuple("all_funds", "total", "prior_amount", wan("1160").stripTrailingZeros().toPlainString(), 1),
                        tuple("three_public", "three_public.total", "completion_adjusted_pct", "80", 2),
                        // the sentence wraps over a blank line; the change still belongs to 三公
                        tuple("three_public", "three_public.total", "change_amount", "-10000", 4),
                        tuple("three_public", "three_public.reception", "count", "12", 5),
                        tuple("three_public", "three_public.reception", "count", "96", 5));
        assertThat(facts).filteredOn(f -> f.factKind().equals("change_amount")).singleElement()
                .satisfies(f -> assertThat(ReasonTags.tag(f.reason())).contains("austerity"));
        assertThat(issues).isEmpty();
    }

    @Test
    void vehiclesBoughtCountedInTaiAsWellAsLiang() {
        List<ParseIssue> issues = new java.util.ArrayList<>();
        var facts = read(List.of(
                "公务用车购置支出30.00万元，购置公务用车2台。",
                "公务用车购置支出30.00万元，购置公务用车1辆。"), issues);
        assertThat(facts).filteredOn(f -> f.factKind().equals("count"))
                .extracting(NarrativeFact::subject, f -> f.value().toPlainString(), NarrativeFact::unit,
                        NarrativeFact::sourceLine)
                .containsExactly(tuple("three_public.vehicle_purchase", "2", "辆", 1),
                        tuple("three_public.vehicle_purchase", "1", "辆", 2));
        assertThat(issues).isEmpty();
    }

    @Test
    void aStatedAbsenceOfThreePublicFundsIsAZero() {
        assertFactsWithoutIssues(List.of(
                        "本单位无“三公”经费预算及会议费、培训费。",
                        "2023年未安排公务接待费。",
                        "本部门没有因公出国（境）费支出。",
                        "本单位无政府性基金预算收入，也无政府性基金预算拨款安排的支出。",
                        "无变化。"),
                tuple("three_public.total", "amount", "0", 1),
                tuple("three_public.reception", "amount", "0", 2),
                tuple("three_public.overseas", "amount", "0", 3));
    }

    @Test
    void anAbsenceSaidOfBothYearsIsAZeroForThePriorYearToo() {
        assertFactsWithoutIssues(List.of(
                        "上年及本年度，本单位无“三公”经费预算及会议费、培训费。",
                        "本年度和上年度均未安排公务接待费。",
                        "本年度未安排公务用车购置费。"),
                tuple("three_public.total", "amount", "0", 1),
                tuple("three_public.total", "prior_amount", "0", 1),
                tuple("three_public.reception", "amount", "0", 2),
                tuple("three_public.reception", "prior_amount", "0", 2),
                tuple("three_public.vehicle_purchase", "amount", "0", 3));
    }

    /** Reads {@code lines} as prose: exactly these facts (subject, kind, value, line) and no issue. */
    private static void assertFactsWithoutIssues(List<String> lines, org.assertj.core.groups.Tuple... expected) {
        List<ParseIssue> issues = new java.util.ArrayList<>();
        assertThat(read(lines, issues)).extracting(NarrativeFact::subject, NarrativeFact::factKind,
                        f -> f.value().toPlainString(), NarrativeFact::sourceLine)
                .containsExactly(expected);
        assertThat(issues).isEmpty();
    }

    @Test
    void aMisspeltPatternKeyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> NarrativeRules.load("/narrative/misspelt-key.txt", NarrativeRules.standard().lexicon))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/narrative/misspelt-key.txt:4: unknown key 'unit_txt' in [count.cars]");
    }

    @Test
    void spaceAlignedTableRowsAreNotProse() {
        List<ParseIssue> issues = new java.util.ArrayList<>();
        var facts = read(List.of(
                "项目        决算数      占比",
                "基本支出    100.00      50.00%",
                "项目支出    100.00      50.00%",
                "2023年度支出合计200.00万元。"), issues);
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.subject()).isEqualTo("total"));
        assertThat(issues).isEmpty();
    }

    @Test
    void garbageAndRunOnTextNeverThrowAndStayLinear() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            garbage.append((char) (0x20 + random.nextInt(0x9000)));
        }
        String runOn = "收入" + "1".repeat(5_000) + "元" + "支出增加".repeat(2_000) + "12.5万元。";
        List<ParseIssue> issues = new java.util.ArrayList<>();
        long start = System.nanoTime();
        var facts = read(List.of(garbage.toString(), runOn, "2023年度支出合计1.2.3万元。"), issues);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        assertThat(facts).isEmpty();
        assertThat(issues).extracting(ParseIssue::kind).contains("unexplained_sentence", "malformed_amount");
    }
}
