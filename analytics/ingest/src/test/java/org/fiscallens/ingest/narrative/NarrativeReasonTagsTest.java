package org.fiscallens.ingest.narrative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reason tags on reasons the seed documents give. */
class NarrativeReasonTagsTest {
    @Test
    void tagsReasonsByKind() {
        assertThat(ReasonTags.tag("2024年调动至其他单位1人")).containsExactly("personnel_change");
        assertThat(ReasonTags.tag("年底追加退休人员取暖费计划")).containsExactly("carryover_or_added_funds");
        assertThat(ReasonTags.tag("本年未安排公务接待工作，导致公务接待费较上年减少"))
                .containsExactly("project_not_carried_out");
        assertThat(ReasonTags.tag("公积金基数年初预算测算标准高于当年实际基数缴纳标准")).contains("policy_standard_change");
        assertThat(ReasonTags.tag("按照“过紧日子”的要求，厉行节约，压缩经费支出")).containsExactly("austerity");
        assertThat(ReasonTags.tag("年中调减中央财政医疗服务与保障能力提升补助资金")).containsExactly("budget_adjustment");
        assertThat(ReasonTags.tag("2024年县级干部医疗费减少")).containsExactly("demand_change");
        assertThat(ReasonTags.tag("根据合同的要求进行拨付")).containsExactly("other");
        assertThat(ReasonTags.tag(null)).isEmpty();
    }

    @Test
    void rulesAreDataInOrder() {
        assertThat(ReasonTags.rules()).extracting(ReasonTags.Rule::tag)
                .startsWith("personnel_change", "policy_standard_change", "carryover_or_added_funds");
    }
}
