package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.AmountText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AmountText}, as the table reader uses it (the class is owned with the table package). */
class TableAmountTextTest {
    @Test
    void readsAmountsAsPrinted() {
        assertThat(AmountText.parse("719.68")).contains(new BigDecimal("719.68"));
        assertThat(AmountText.parse("1,029.37")).contains(new BigDecimal("1029.37"));
        assertThat(AmountText.parse("5056. 26")).contains(new BigDecimal("5056.26"));
        assertThat(AmountText.parse("-69.47")).contains(new BigDecimal("-69.47"));
        assertThat(AmountText.parse("2368819.00")).contains(new BigDecimal("2368819.00"));
    }

    @Test
    void rejectsWhatIsNotAWellFormedAmount() {
        assertThat(AmountText.parse("1.367.05")).isEmpty();
        assertThat(AmountText.parse("12,34.5")).isEmpty();
        assertThat(AmountText.parse("338.O4")).isEmpty();
        assertThat(AmountText.parse("-")).isEmpty();
        assertThat(AmountText.looksNumeric("1.367.05")).isTrue();
    }

    @Test
    void anAmountWithADamagedCharacterStillLooksLikeOneSoItIsReportedNotSkipped() {
        for (String damaged : new String[] {"4#.22", "#.79", "1,02#.36", "7O7.24", "-1?3.50"}) {
            assertThat(AmountText.looksNumeric(damaged)).as(damaged).isTrue();
            assertThat(AmountText.parse(damaged)).as(damaged).isEmpty();
        }
        // words and labels are not: a Chinese character, no two decimals after the damage, too much damage
        for (String text : new String[] {"合计", "第1.12", "AB.12", "2O8", "1 2.34x", "ab#.12", "1#2.3"}) {
            assertThat(AmountText.looksNumeric(text)).as(text).isFalse();
        }
    }

    @Test
    void blankMarkersAreNotAmountsNorErrors() {
        assertThat(AmountText.isBlankMarker("—")).isTrue();
        assertThat(AmountText.isBlankMarker(" - ")).isTrue();
        assertThat(AmountText.isBlankMarker("")).isTrue();
        assertThat(AmountText.isBlankMarker("0.00")).isFalse();
    }

    @Test
    void convertsToYuanExactly() {
        assertThat(AmountText.toYuan(new BigDecimal("0.01"), "万元")).isEqualByComparingTo("100");
        assertThat(AmountText.toYuan(new BigDecimal("1845520"), "元")).isEqualByComparingTo("1845520");
    }
}
