package org.fiscallens.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void yuanShowAsWanWithTwoDecimalsAndGrouping() {
        assertThat(Formats.wan(new BigDecimal("12280900.00"))).isEqualTo("1,228.09");
        assertThat(Formats.wan(new BigDecimal("13400"))).isEqualTo("1.34");
        assertThat(Formats.wan(new BigDecimal("50562600"))).isEqualTo("5,056.26");
        assertThat(Formats.wan(new BigDecimal("-694700"))).isEqualTo("-69.47");
        assertThat(Formats.wan(null)).isEqualTo("—");
    }

    @Test
    void fractionsShowAsPercent() {
        assertThat(Formats.pct(new BigDecimal("0.9631"))).isEqualTo("96.31%");
        assertThat(Formats.pct(new BigDecimal("2.7533"))).isEqualTo("275.33%");
        assertThat(Formats.signedPct(new BigDecimal("-0.0880"))).isEqualTo("−8.80%");
        assertThat(Formats.signedPct(new BigDecimal("1.1371"))).isEqualTo("+113.71%");
        assertThat(Formats.pct(null)).isEqualTo("—");
    }

    @Test
    void yuanAndPlain() {
        assertThat(Formats.yuan(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Formats.plain(new BigDecimal("95.00"))).isEqualTo("95");
        assertThat(Formats.plain("n/a")).isEqualTo("—");
    }

    @Test
    void percentPointsKeepTheDigitsAStatedPercentIsJudgedBy() {
        // 新乡's stated 4.80 % housing share against the 4.8063 % its amounts give
        assertThat(Formats.points(new BigDecimal("4.8063"))).isEqualTo("4.8063%");
        assertThat(Formats.points(new BigDecimal("4.8000"))).isEqualTo("4.80%");
        assertThat(Formats.points(new BigDecimal("-8.80354"))).isEqualTo("-8.8035%");
        assertThat(Formats.points(null)).isEqualTo("—");
    }

    @Test
    void figureLinksEscapeTextAndKeepLanguage() {
        assertThat(Templates.figureLink("<b>1.34</b>", "001_x", 12, "en"))
                .isEqualTo("<a class=\"fig\" href=\"/documents/001_x?line=12&amp;lang=en#L12\" title=\"001_x : 12\">&lt;b&gt;1.34&lt;/b&gt;</a>");
        assertThat(Templates.figureLink("1.34", null, null, "zh")).isEqualTo("1.34");
        assertThat(Templates.sourceHref("d", 5, "zh")).isEqualTo("/documents/d?line=5#L5");
    }
}
