package org.fiscallens.ingest.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows a page break cuts: where digits at the top of a page end the amount or code a narrow cell wrapped at the foot of
 * the last.
 */
class PdfRowBreakTest {
    private static final double[] COLUMNS = {40, 80, 120, 160};

    private static PdfTableGrid.Grid grid(String text, boolean... full) {
        return new PdfTableGrid.Grid(List.of(new PdfTableGrid.Row(text, full)), COLUMNS);
    }

    @Test
    void digitsEndingTheAmountACellWrappedGoOn() {
        // 新乡 2026's 支出总体情况表 as LibreOffice prints it: 10.09 wraps in its narrow cell at the foot of page 10
        PdfTableGrid.Grid cut = grid("208\t事业单位离退休\t10.09\t10.0", false, false, false, true);
        PdfTableGrid.Grid next = grid("\t\t\t9", false, false, false, false);
        assertThat(PdfRowBreak.continuation(cut, next)).isZero();
        assertThat(PdfRowBreak.joined(cut.rows().get(0), next.rows().get(0)).text())
                .isEqualTo("208\t事业单位离退休\t10.09\t10.09");
        assertThat(PdfRowBreak.continuation(grid("合计\t\t2368819.0\t", false, false, true, false),
                grid("\t\t0\t", false, false, false, false))).as("2368819.0 and its 0").isZero();
    }

    @Test
    void digitsEndingTheCodeACellWrappedGoOn() {
        // 高平 2024's 支出决算表 as LibreOffice prints it: 2080109 wraps in its narrow code cell at the foot of a page
        PdfTableGrid.Grid cut = grid("208010\t社会保险经办机构\t0.73\t0.73", true, false, false, false);
        PdfTableGrid.Grid next = grid("9\t\t\t", false, false, false, false);
        assertThat(PdfRowBreak.continuation(cut, next)).isZero();
        assertThat(PdfRowBreak.joined(cut.rows().get(0), next.rows().get(0)).text())
                .isEqualTo("2080109\t社会保险经办机构\t0.73\t0.73");
        assertThat(PdfRowBreak.continuation(grid("2080109\t社会保险经办机构\t0.73\t0.73", true, false, false, false), next))
                .as("eight digits are no code").isEqualTo(-1);
        assertThat(PdfRowBreak.continuation(grid("208010\t社会保险经办机构\t0.73\t0.73", false, false, false, false), next))
                .as("208010 ended short of its cell's edge").isEqualTo(-1);
    }

    @Test
    void digitsAfterAWholeAmountOrACellThatEndedShortAreARowOfTheirOwn() {
        PdfTableGrid.Grid next = grid("\t\t\t9", false, false, false, false);
        assertThat(PdfRowBreak.continuation(grid("208\t事业单位离退休\t10.09\t10.09", false, false, false, true), next))
                .as("10.09 is whole").isEqualTo(-1);
        assertThat(PdfRowBreak.continuation(grid("208\t事业单位离退休\t10.09\t10.0", false, false, false, false), next))
                .as("10.0 ended short of its cell's edge").isEqualTo(-1);
        assertThat(PdfRowBreak.continuation(grid("208\t事业单位离退休\t10.09\t10.0", false, false, false, true),
                grid("\t\t\t9.5", false, false, false, false))).as("10.09.5 is no amount").isEqualTo(-1);
    }
}
