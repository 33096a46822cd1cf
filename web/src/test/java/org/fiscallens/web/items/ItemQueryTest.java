package org.fiscallens.web.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fiscallens.web.http.HttpError;
import org.junit.jupiter.api.Test;

class ItemQueryTest {
    @Test
    void digitsAreACodePrefixFullWidthOrNot() {
        assertThat(ItemQuery.of("2101")).isEqualTo(new ItemQuery("2101", "", 7, "2101"));
        assertThat(ItemQuery.of(" ２１０ １５ ")).isEqualTo(new ItemQuery("21015", "", 7, "２１０ １５"));
    }

    @Test
    void namesLoseSpacesLevelMarksAndATrailing支出() {
        assertThat(ItemQuery.of("卫生健康支出（类）").name()).isEqualTo("卫生健康");
        assertThat(ItemQuery.of("社会保障和就业支出(类)").name()).isEqualTo("社会保障和就业");
        assertThat(ItemQuery.of("医疗 救助").name()).isEqualTo("医疗救助");
        assertThat(ItemQuery.of("医疗救助").codePrefix()).isEmpty();
        // "支出" alone, or a name that is mostly 支出, stays as typed
        assertThat(ItemQuery.of("支出").name()).isEqualTo("支出");
        assertThat(ItemQuery.of("其他支出").name()).isEqualTo("其他");
        // digits mixed with words are a name, not a code
        assertThat(ItemQuery.of("2024年医疗").codePrefix()).isEmpty();
    }

    @Test
    void nothingTypedBrowsesTheClasses() {
        assertThat(ItemQuery.of(null).browsing()).isTrue();
        assertThat(ItemQuery.of("  \u3000").maxLength()).isEqualTo(3);
        assertThat(ItemQuery.of("210").browsing()).isFalse();
    }

    @Test
    void overlongQueriesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ItemQuery.of("医".repeat(41)))
                .isInstanceOf(HttpError.BadParameter.class)
                .hasMessageContaining("parameter 'q'");
    }
}
