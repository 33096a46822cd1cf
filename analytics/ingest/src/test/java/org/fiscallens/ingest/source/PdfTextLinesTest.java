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

    /** Places {@code text} from {@code x} on the line at {@code y}; returns where it ends. */
    private static double place(List<TextElement> chars, String text, double x, double y) {
        for (char c : text.toCharArray()) {
            float w = c < 0x2E80 ? 5f : 10f;
            chars.add(new TextElement((float) y, (float) x, w, 10f, null, 10f, String.valueOf(c), 2.5f));
            x += w;
        }
        return x;
    }
}
