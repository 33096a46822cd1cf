package org.fiscallens.ingest.table;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Heads of amounts a narrow cell wrapped, as LibreOffice prints seed tables portrait without rules. */
class CutAmountsTest {
    private static CutAmounts of(String... lines) {
        return new CutAmounts(IntStream.range(0, lines.length).mapToObj(i -> CellSplitter.split(i + 1, lines[i])).toList());
    }

    @Test
    void aWholeNumberWithItsTailOnALineBelowIsAHead() {
        // 西乡 2024's 表5: its amounts printed without decimals, 2368819 wrapped as 236881 over 9
        CutAmounts cut = of(
                "             合计                            236881",
                "                                                      2137019     151800       80000",
                "9",
                "208          社会保障和就业支出              242689 242689");
        assertThat(cut.cut("236881", 1)).isTrue();
        // the row's other cells, printed on the middle of its three lines, cannot be told from heads: not read either
        assertThat(cut.cut("2137019", 2)).isTrue();
        assertThat(cut.cut("242689", 4)).as("no tail below").isFalse();
        assertThat(cut.cut("0", 1)).as("zero").isFalse();
    }

    @Test
    void oneDecimalWithTheRowsTailsBelowIsAHead() {
        // 新乡 2026's 收支总体情况表: 1,029.37 wrapped on both sides of the row, their tails on one line
        CutAmounts cut = of(
                "本年收入合计                 1,029.3  本年支出合计                  1,029.3",
                "                             6                                      7",
                "上年结转结余                 0.01     年终结转结余");
        assertThat(cut.cut("1,029.3", 1)).isTrue();
        assertThat(cut.cut("0.01", 3)).isFalse();
    }

    @Test
    void oneDecimalInADocumentWritingTwoIsAHeadWithoutATail() {
        CutAmounts cut = of("合计 719.68 443.06 276.62", "行政运行 338.04 338.04", "其他 24.78 24.78", "卫生健康 631.3");
        assertThat(cut.cut("631.3", 4)).isTrue();
        assertThat(of("得分 33.3 100.0", "分值 20.5 10.0").cut("33.3", 1)).as("a document writing one decimal").isFalse();
    }

    @Test
    void aRuledCellAPageBreakCutIsAHeadWhereTheRowBelowHoldsOnlyItsTail() {
        // 新乡 2026's 支出总体情况表 as LibreOffice prints it ruled, had the reader not joined the page's foot to the next
        // page's top: 10.09 wrapped in its narrow cell, 9 a row of its own
        CutAmounts cut = of(
                "208\t05\t02\t\t事业单位离退休\t10.09\t10.09\t\t10.0\t\t\t\t\t",
                "\t\t\t\t\t\t\t\t9\t\t\t\t\t",
                "208\t05\t05\t\t机关事业单位基本养老保险缴费支出\t46.11\t46.11\t46.11\t\t\t\t\t\t");
        assertThat(cut.cut("10.0", 1)).isTrue();
        assertThat(cut.cut("10.09", 1)).isFalse();
        assertThat(cut.cut("46.11", 3)).isFalse();
        assertThat(of("合计\t2368819.0\t", "\t\t合计", "\t9\t").cut("2368819.0", 1))
                .as("its tail two lines down").isTrue();
        assertThat(of("合计\t2368819.0\t", "小计\t9\t").cut("2368819.0", 1)).as("a row with a name is no tail").isFalse();
    }

    @Test
    void tabSeparatedLinesDoNotCountTowardTheDocumentsDecimals() {
        CutAmounts cut = of("合计\t719.68\t443.06", "行政运行\t338.04", "其他\t24.78", "a\t1.11", "b\t2.22", "卫生健康\t631.3");
        assertThat(cut.cut("631.3", 6)).isFalse();
    }
}
