package org.fiscallens.ingest.source;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import technology.tabula.Cell;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A ruled table's grid where the page left a row's rules undrawn, or a row open at the page's foot. */
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

    private static Ruling vertical(float x, float top, float bottom) {
        return new Ruling(new Point2D.Float(x, top), new Point2D.Float(x, bottom));
    }

    @Test
    void aRowThePageFootLeftOpenIsARowOfItsColumns() {
        // 新乡 2026's 部门收入总体情况表 as Chromium prints it: its second header row runs past the page's foot, so its
        // column rules hang below the table's last horizontal rule (686) down to 762.6, with no rule closing them
        Table table = new Table(new SpreadsheetExtractionAlgorithm());
        String[] head = {"部门（科目）代码", "部门（科目）名称", "总计", "本年收入"};
        List<TextElement> page = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            table.add(new Cell(607f, LEFT[c], WIDTH[c], 79f), 0, c);
            page.addAll(chars(LEFT[c] + 3.5f, 640f, head[c].substring(0, Math.min(4, head[c].length()))));
        }
        table.setRect(34f, 607f, 353.6f, 79f);
        page.addAll(chars(LEFT[3] + 3.5f, 700f, "合计"));
        page.addAll(chars(LEFT[3] + 3.5f, 800f, "页脚"));
        List<Ruling> rules = new ArrayList<>();
        for (float x : new float[]{34f, 110f, 236.6f, 312.5f, 387.6f}) {
            rules.add(vertical(x, 607f, 762.6f));
        }
        rules.add(vertical(318.2f, 755f, 762.6f)); // a glyph's stroke inside the open row: no column
        Table closed = PdfOpenRows.close(table, rules);
        assertThat(closed.getBottom()).isEqualTo(762.6f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(PdfTableGrid.grid(closed, page).rows()).extracting(PdfTableGrid.Row::text)
                .containsExactly("部门（科\t部门（科\t总计\t本年收入", "\t\t\t合计");
        Table shut = new Table(new SpreadsheetExtractionAlgorithm());
        shut.add(new Cell(607f, LEFT[0], WIDTH[0], 79f), 0, 0);
        shut.add(new Cell(607f, LEFT[1], WIDTH[1], 79f), 0, 1);
        shut.setRect(34f, 607f, 202.6f, 79f);
        assertThat(PdfOpenRows.close(shut, List.of(vertical(34f, 607f, 686f), vertical(110f, 607f, 686f),
                vertical(236.6f, 607f, 686f))).getRowCount()).as("rules that end with the table: no open row").isEqualTo(1);
    }

    @Test
    void aCellAStrayRuleCutInTwoStaysInItsRow() {
        // 西乡 2024's 政府性基金收支表 as Chromium prints it: a rule across one cell only cuts 一、科学技术支出's 预算数 in
        // two, its 0.00 in the lower part; the row's other cells reach over both parts
        Table table = new Table(new SpreadsheetExtractionAlgorithm());
        List<TextElement> page = new ArrayList<>();
        String[] row = {"政府性基金拨款", "0.00", "科学技术支出"};
        for (int c = 0; c < 3; c++) {
            table.add(new Cell(324.6f, LEFT[c], WIDTH[c], 27.8f), 0, c);
            page.addAll(chars(LEFT[c] + 3.5f, 336f, row[c]));
        }
        table.add(new Cell(324.6f, LEFT[3], WIDTH[3], 13.1f), 0, 3);
        table.add(new Cell(337.7f, LEFT[3], WIDTH[3], 14.7f), 1, 3);
        page.addAll(chars(LEFT[3] + 3.5f, 341f, "0.00"));
        String[] next = {"", "", "文化旅游支出", "0.00"};
        for (int c = 0; c < 4; c++) {
            table.add(new Cell(352.4f, LEFT[c], WIDTH[c], 15f), 2, c);
            page.addAll(chars(LEFT[c] + 3.5f, 357f, next[c]));
        }
        table.setRect(34f, 324.6f, 353.6f, 42.8f);
        assertThat(PdfTableGrid.grid(table, page).rows()).extracting(PdfTableGrid.Row::text).containsExactly(
                "政府性基金拨款\t0.00\t科学技术支出\t0.00", "\t\t文化旅游支出\t0.00");
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
