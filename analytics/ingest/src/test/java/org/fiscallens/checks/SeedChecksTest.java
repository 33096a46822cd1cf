package org.fiscallens.checks;

import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The checks on the real seeds. Checks that compare prose with tables need both extractors' records; while
 * an extractor yields nothing for a seed those assertions are skipped (reported as skipped, not passed).
 */
class SeedChecksTest {
    private static ParsedDisclosure parse(String seed) {
        return DisclosureParser.standard().parse(Seeds.seed(seed));
    }

    @Test
    void xinxiangBudget2026FlagsHealth93394InProseAgainst93395InTheTables() {
        ParsedDisclosure p = parse("002");
        assumeFalse(p.lineItems().isEmpty() || p.narrativeFacts().isEmpty(), "tables and narrative extractors not merged yet");
        assertThat(p.checks()).filteredOn(c -> c.rule().equals("prose_vs_table") && c.subject().startsWith("210:")
                        && !c.passed())
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.actual()).isEqualByComparingTo("9339400");
                    assertThat(c.expected()).isEqualByComparingTo("9339500");
                    assertThat(c.severity()).isEqualTo("warning");
                    assertThat(c.lines()).contains(96);
                });
    }

    @Test
    void gaopingMalformedProseAmountIsAnErrorAndTheTablesStillGive136705() {
        ParsedDisclosure p = parse("001");
        assertThat(p.checks()).filteredOn(c -> c.rule().equals("malformed_amount")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.severity()).isEqualTo("error");
            assertThat(c.actual()).isNull();
            assertThat(c.lines()).contains(441);
            assertThat(c.message()).contains("1.367.05万元");
            assertThat(c.messageZh()).startsWith("第 441 行的«1.367.05万元»不是格式正确的金额（有多个小数点）")
                    .contains("1367.05 万元（公开03表 支出决算表 第 156 行，合计 基本支出）", "可能是本意");
        });
        assumeFalse(p.lineItems().isEmpty(), "tables extractor not merged yet");
        Check malformed = p.checks().stream().filter(c -> c.rule().equals("malformed_amount")).findFirst().orElseThrow();
        assertThat(malformed.expected()).isEqualByComparingTo("13670500");
        assertThat(p.lineItems()).anySatisfy(i -> {
            assertThat(i.measure()).isEqualTo("basic");
            assertThat(i.amount()).isEqualByComparingTo(new BigDecimal("13670500"));
        });
    }

    @Test
    void xinxiangFinal2024HousingShareIsARoundingLevelWarning() {
        ParsedDisclosure p = parse("000");
        assumeFalse(p.narrativeFacts().isEmpty(), "narrative extractor not merged yet");
        assertThat(p.checks()).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().startsWith("221:")
                && c.subject().endsWith("share_pct")).singleElement().satisfies(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.severity()).isEqualTo("warning");
            assertThat(c.actual()).isEqualByComparingTo("4.80");
        });
        assertThat(p.checks()).filteredOn(c -> c.rule().equals("stated_pct") && c.subject().equals("total:general_budget:completion_pct"))
                .isNotEmpty().allMatch(Check::passed);
    }

    @Test
    void urumqiProseOnlyItemNamedButNotCodedResolvesThroughTheCatalog() {
        ParsedDisclosure p = parse("003");
        assumeFalse(p.narrativeFacts().isEmpty(), "narrative extractor not merged yet");
        assertThat(p.narrativeFacts()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("2101504");
            assertThat(f.factKind()).isEqualTo("amount");
            assertThat(f.value()).isEqualByComparingTo("4270300");
        });
        assertThat(p.narrativeFacts()).noneMatch(f -> f.subject() != null && f.subject().startsWith("name:卫生健康"));
        assertThat(p.checks()).filteredOn(c -> c.rule().equals("personnel_plus_public_equals_basic"))
                .isNotEmpty().allMatch(Check::passed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyDataLineLeftUnexplainedCarriesACheckableReason(String seed) {
        ParsedDisclosure p = parse(seed);
        assertThat(p.issues()).noneMatch(i -> i.kind().equals("extractor_failed") || i.kind().equals("unreadable_document"));
        p.issues().stream().filter(i -> i.kind().equals("unexplained_data_line")).forEach(i -> {
            assertThat(i.line()).isPositive();
            assertThat(i.rawLine()).isNotBlank();
            assertThat(i.message()).containsAnyOf("under «", "before any heading").contains("amounts [");
        });
        assertThat(p.checks()).noneMatch(c -> c.rule().equals("check_failed"));
    }
}
