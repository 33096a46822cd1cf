package org.fiscallens.ingest.source;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbooksTest {
    private final DocumentDecoder decoder = DocumentDecoder.standard();

    @Test
    void eachVisibleSheetIsItsRowsAsTabSeparatedLinesAndTheNoteSaysWhere() throws Exception {
        for (Workbook book : new Workbook[]{new XSSFWorkbook(), new HSSFWorkbook()}) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Sheet first = book.createSheet("收支总表");
            first.createRow(0).createCell(0).setCellValue("2025年部门收支总体情况表");
            first.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            Row header = first.createRow(2);
            header.createCell(0).setCellValue("项目");
            header.createCell(1).setCellValue("行次");
            header.createCell(2).setCellValue("预算\n数");
            Row income = first.createRow(3);
            income.createCell(0).setCellValue("一、一般公共预算拨款收入");
            income.createCell(1).setCellValue(1);
            income.createCell(2).setCellValue(1029.37);
            income.getCell(2).setCellStyle(money);
            first.createRow(4).createCell(0).setCellValue("二、其他收入");
            Row total = first.createRow(5);
            total.createCell(0).setCellValue("本年收入合计");
            total.createCell(1).setCellValue(2);
            total.createCell(2).setCellFormula("C4");
            total.getCell(2).setCellStyle(money);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.createSheet("草稿").createRow(0).createCell(0).setCellValue("不公开");
            book.setSheetHidden(1, true);
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("注：本表金额单位为万元。");

            DecodedDocument d = decoder.decode("workbook", bytes(book));
            String format = book instanceof XSSFWorkbook ? "xlsx" : "xls";
            assertThat(d.document().encoding()).isEqualTo(format);
            assertThat(d.document().lines()).containsExactly(
                    "2025年部门收支总体情况表",
                    "",
                    "项目\t行次\t预算数",
                    "一、一般公共预算拨款收入\t1\t1,029.37",
                    "二、其他收入\t",
                    "本年收入合计\t2\t1,029.37",
                    "",
                    "注：本表金额单位为万元。");
            assertThat(d.endsOnSpreadsheetRow()).isTrue();
            assertThat(d.issues()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo("workbook_read");
                assertThat(i.message()).startsWith("an Excel workbook (." + format + ") read as text")
                        .endsWith("«收支总表» lines 1–6, «说明» lines 8–8");
                assertThat(i.messageZh()).endsWith("“收支总表”第 1–6 行，“说明”第 8–8 行");
            });
        }
    }

    @Test
    void anArchiveIsStillNamedAsSuchAndADamagedWorkbookSaysWhy() throws Exception {
        byte[] archive = zip("readme.txt", "说明");
        assertThatThrownBy(() -> decoder.decode("a.zip", archive)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("a zip container (an .xlsb workbook, a presentation, or an archive)");
        byte[] damaged = zip("xl/workbook.xml", "not a workbook");
        assertThatThrownBy(() -> decoder.decode("b.xlsx", damaged)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("b.xlsx: an Excel workbook (.xlsx) that cannot be read (")
                .hasCauseInstanceOf(Exception.class);
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
