package org.fiscallens.ingest.source;

import org.junit.jupiter.api.Test;
import technology.tabula.TextElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed lines from characters placed as a PDF places them (10-point text: a Chinese character 10 points wide, a
 * digit 5): where a row of a table drawn without rules goes on at the column its position gives.
 */
class PdfTextLinesTest {

    @Test
    void inARowOfColumnsAGapOfOneCharacterStartsAColumn() {
        List<TextElement> chars = new ArrayList<>();
        double x = place(chars, "一、一般公共预算财政拨款收入", 0, 100);
        x = place(chars, "1", x + 20, 100);          // two characters apart: a row of columns
        place(chars, "719.68", x + 10, 100);         // one character apart (a tight table's cell padding)
        List<PdfTextLines.Line> lines = PdfTextLines.of(chars);
        // at x = 175 the amount's column is 35 (half-characters from the left edge): two spaces after 行次 1, which
        // ends at column 33, so the table reader sees two cells, not "1 719.68"
        assertThat(lines).extracting(PdfTextLines.Line::text).containsExactly("一、一般公共预算财政拨款收入    1  719.68");
        assertThat(lines.get(0).columns()).isTrue();
    }

    @Test
    void proseKeepsOneSpaceForAGapOfOneCharacter() {
        List<TextElement> chars = new ArrayList<>();
        double x = place(chars, "支出合计", 0, 100);
        place(chars, "719.68", x + 10, 100);
        assertThat(PdfTextLines.of(chars)).extracting(PdfTextLines.Line::text).containsExactly("支出合计 719.68");
    }

    /**
     * Header cells a tight table sets half a character apart, and a PDF whose font size (12) is not its glyphs' width
     * (9 points, as Chromium prints 9-point text): the columns of a long and a short row still line up, each at the
     * column of its position in Chinese characters as printed, and 行次 and 决算数 stay two cells.
     */
    @Test
    void columnsKeepToTheirPositionsInChineseCharactersAsPrinted() {
        List<TextElement> chars = new ArrayList<>();
        double x = place(chars, "项目", 0, 100, 9, 12);
        x = place(chars, "行次", 180, 100, 9, 12);
        place(chars, "决算数", x + 4.5, 100, 9, 12);
        place(chars, "一、一般公共预算财政拨款收入", 0, 115, 9, 12);
        place(chars, "1", 180, 115, 9, 12);
        place(chars, "719.68", 202.5, 115, 9, 12);
        place(chars, "二、外交支出", 0, 130, 9, 12);
        place(chars, "2", 180, 130, 9, 12);
        List<String> text = PdfTextLines.of(chars).stream().map(PdfTextLines.Line::text).toList();
        assertThat(text).containsExactly(
                "项目" + " ".repeat(36) + "行次 " + " " + "决算数",
                "一、一般公共预算财政拨款收入" + " ".repeat(12) + "1    719.68",
                "二、外交支出" + " ".repeat(28) + "2");
    }

    @Test
    void proseSpacesChineseCharactersOnlyWhereTheyStandWellApart() {
        List<TextElement> chars = new ArrayList<>();
        double x = place(chars, "医疗保障", 0, 100, 9, 12);
        x = place(chars, "局", x + 3, 100, 9, 12);        // a third of a character: justified text
        place(chars, "概况", x + 6.5, 100, 9, 12);       // more than 0.6 of one: a space
        assertThat(PdfTextLines.of(chars)).extracting(PdfTextLines.Line::text).containsExactly("医疗保障局 概况");
    }

    /** Places {@code text} from {@code x} on the line at {@code y}; returns where it ends. */
    private static double place(List<TextElement> chars, String text, double x, double y) {
        return place(chars, text, x, y, 10, 10);
    }

    /** {@code text} in a font of {@code size} whose Chinese glyphs are {@code em} wide (a digit half that). */
    private static double place(List<TextElement> chars, String text, double x, double y, float em, float size) {
        for (char c : text.toCharArray()) {
            float w = c < 0x2E80 ? em / 2 : em;
            chars.add(new TextElement((float) y, (float) x, w, 10f, null, size, String.valueOf(c), em / 4));
            x += w;
        }
        return x;
    }
}
