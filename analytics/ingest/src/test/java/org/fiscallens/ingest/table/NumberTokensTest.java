package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Single spaces that part two cells of a {@code pdftotext -layout} line, and those inside one cell. */
class NumberTokensTest {
    private static java.util.List<String> cells(String raw) {
        return CellSplitter.split(1, raw, true).filled().stream().map(Cell::text).toList();
    }

    @Test
    void aNumberAndTheNameAfterItArePartedWhetherOrNotTheNameOpensWithAnOrdinal() {
        assertThat(cells("合计 719.68 一、一般公共服务支出")).containsExactly("合计", "719.68", "一、一般公共服务支出");
        assertThat(cells("          2368819.00 2、外交支出             (1)工资福利支出 2136479.00"))
                .containsExactly("2368819.00", "2、外交支出", "(1)工资福利支出", "2136479.00");
        assertThat(cells("（一）一般公共预算拨 1,029.36 （一）一般公共服务支出"))
                .containsExactly("（一）一般公共预算拨", "1,029.36", "（一）一般公共服务支出");
    }

    @Test
    void amountsOcrPrintedWithASpaceAfterThePointArePartedFromEachOther() {
        assertThat(cells("合计    5056. 26 1367. 05 3689. 21")).containsExactly("合计", "5056. 26", "1367. 05", "3689. 21");
        assertThat(cells("2101103 公务员医疗补助    1018.05 1018. 05"))
                .containsExactly("2101103", "公务员医疗补助", "1018.05", "1018. 05");
        assertThat(cells("2101102 事业单位医疗    16. 60 16.60")).containsExactly("2101102", "事业单位医疗", "16. 60", "16.60");
    }

    @Test
    void oneCellStaysWhole() {
        assertThat(cells("合计    5056. 26")).containsExactly("合计", "5056. 26");
        assertThat(cells("208 05 02    事业单位离退休")).containsExactly("208 05 02", "事业单位离退休");
        assertThat(cells("208      99 99    其他社会保障和就业支出")).as("a 类, then its 款 and 项 in one column")
                .containsExactly("208", "99 99", "其他社会保障和就业支出");
        assertThat(cells("社会保障和就业支 出    53.73")).containsExactly("社会保障和就业支 出", "53.73");
        assertThat(cells("合计    36.87 2024年")).as("a number before a word that opens with no ordinal")
                .containsExactly("合计", "36.87 2024年");
    }
}
