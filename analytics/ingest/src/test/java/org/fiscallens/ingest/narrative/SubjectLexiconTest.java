package org.fiscallens.ingest.narrative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject lexicon's memo: shared across departments, except where a phrase names its department. */
class SubjectLexiconTest {
    private final SubjectLexicon lexicon = SubjectLexicon.load("/ingest/narrative/subjects.tsv");

    @Test
    void aPhraseThatNamesNoDepartmentResolvesOnceForAllDepartments() {
        SubjectLexicon.Resolution first = lexicon.resolve("一般公共预算财政拨款支出", "甲县医疗保障局");
        assertThat(first).isInstanceOfSatisfying(SubjectLexicon.Found.class,
                f -> assertThat(f.subject().name()).isEqualTo("一般公共预算财政拨款支出"));
        assertThat(lexicon.resolve("一般公共预算财政拨款支出", "乙市医疗保险服务中心")).isSameAs(first);
    }

    @Test
    void aPhraseThatNamesItsDepartmentLosesTheNameForThatDepartmentOnly() {
        String phrase = "甲县医疗保障局一般公共预算财政拨款支出";
        SubjectLexicon.Resolution own = lexicon.resolve(phrase, "甲县医疗保障局");
        SubjectLexicon.Resolution other = lexicon.resolve(phrase, "乙市医疗保险服务中心");
        assertThat(own).isInstanceOfSatisfying(SubjectLexicon.Found.class,
                f -> assertThat(f.subject().name()).isEqualTo("一般公共预算财政拨款支出"));
        assertThat(other).isInstanceOfSatisfying(SubjectLexicon.Found.class,
                f -> assertThat(f.subject().name()).startsWith("甲县医疗保障局"));
        // asked again in the other order, each department still gets its own reading
        assertThat(lexicon.resolve(phrase, "乙市医疗保险服务中心")).isEqualTo(other);
        assertThat(lexicon.resolve(phrase, "甲县医疗保障局")).isEqualTo(own);
    }
}
