package org.fiscallens.ingest.source;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import technology.tabula.Cell;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A ruled table's grid where the page left a row's rules undrawn. */
class PdfTableGridTest {
    private static final float[] LEFT = {34f, 110f, 236.6f, 312.5f};
    private static final float[] WIDTH = {76f, 126.6f, 75.9f, 75.1f};

    /** Characters of {@code text} from {@code x} on, on the line whose top is {@code y}, 9 points a character. */
    private static List<TextElement> chars(float x, float y, String text) {
        List<TextElement> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new TextElement(y, x + 9f * i, 9f, 4.5f, PDType1Font.HELVETICA, 9f, text.substring(i, i + 1), 2.5f));
        }
        return out;
    }

    @Test
    void charactersOfARowWhoseRulesWereNotDrawnStayInTheirColumns() {
        // 西乡 2024's 表8 as Chromium prints it: at the foot of a page the row 30112 其他社会保障缴费 has only the cell a
        // glyph's strokes closed (50501); its other characters stand inside the table in no cell
        Table table = new Table(new SpreadsheetExtractionAlgorithm());
        List<TextElement> page = new ArrayList<>();
        String[] above = {"30110", "职工基本医疗保险缴费", "50501", "工资福利支出"};
        for (int c = 0; c < 4; c++) {
            table.add(new Cell(735f, LEFT[c], WIDTH[c], 14.8f), 0, c);
            page.addAll(chars(LEFT[c] + 3.5f, 741.5f, above[c]));
        }
        table.add(new Cell(749.8f, LEFT[2], WIDTH[2], 12.2f), 1, 2);
        String[] cut = {"30112", "其他社会保障缴费", "50501", "工资福利支出"};
        for (int c = 0; c < 4; c++) {
            page.addAll(chars(LEFT[c] + 3.5f, 756.5f, cut[c]));
        }
        table.setRect(34f, 735f, 354f, 27f);
        PdfTableGrid.Grid grid = PdfTableGrid.grid(table, page);
        assertThat(grid.rows()).extracting(PdfTableGrid.Row::text).containsExactly(
                "30110\t职工基本医疗保险缴费\t50501\t工资福利支出",
                "30112\t其他社会保障缴费\t50501\t工资福利支出");
    }
}
