package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name alone on its line: the tail of the row above, or the head of the row below. */
class WrappedNameTest {
    private final WrappedName names = new WrappedName("新乡县医疗保障局");

    @Test
    void aLabelThatWouldSpoilACompleteClassificationNameAboveIsNoTailOfIt() {
        assertThat(names.spoils("行政事业单位养老支出", "机关事业单位基本养老保险缴费支")).isTrue();
        assertThat(names.spoils("行政运行", "其他")).isTrue();
    }

    @Test
    void aTailThatCompletesAnotherKnownNameOrAnUnknownHeadIsNoSpoiling() {
        // 机关事业单位基本养老保险缴费 (30108) + 支出 is 2080505's name: a tail, not a head
        assertThat(names.spoils("机关事业单位基本养老保险缴费", "支出")).isFalse();
        assertThat(names.spoils("机关事业单位基本养老保险缴", "费")).as("a cut name above").isFalse();
        assertThat(names.spoils(null, "费")).isFalse();
        // 公务用车购置 is a name (31013), but 及运行维护费 starts none: the tail of 公务用车购置及运行维护费
        assertThat(names.spoils("公务用车购置", "及运行维护费")).isFalse();
    }

    @Test
    void aStrayCharacterSpoilsTheDepartmentAndAKnownRowLabel() {
        assertThat(names.spoils("新乡县医疗保障局", "算")).isTrue();
        assertThat(names.spoils("新乡县医", "疗保障局")).isFalse();
    }
}
