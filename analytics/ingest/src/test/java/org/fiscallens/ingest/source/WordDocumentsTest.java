package org.fiscallens.ingest.source;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordDocumentsTest {
    private final DocumentDecoder decoder = DocumentDecoder.standard();

    @Test
    void paragraphsAreLinesAndTableRowsTabSeparatedCellsOnTheirGrid() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("新乡县医疗保障局2024年度部门决算");
            var run = doc.createParagraph().createRun();
            run.setText("一、收入支出决算总体情况说明");
            run.addBreak();
            run.setText("2024年度收入、支出决算总计７１９．６８万元。");
            doc.createParagraph();
            XWPFTable table = doc.createTable(3, 3);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("决算数");
            table.getRow(0).removeCell(2);
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            XWPFTableRow row = table.getRow(1);
            row.getCell(0).setText("一般公共预算");
            row.getCell(1).setText("财政拨款");
            row.getCell(2).setText("719.68");
            table.getRow(2).getCell(0).setText("本年收入");
            table.getRow(2).getCell(0).addParagraph().createRun().setText("合计");
            table.getRow(2).getCell(2).setText("719.68");
            doc.createParagraph().createRun().setText("注：本表反映部门本年度的总收支情况。");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        DecodedDocument d = decoder.decode("决算.docx", bytes);
        assertThat(d.document().encoding()).isEqualTo("docx");
        assertThat(d.document().lines()).containsExactly(
                "新乡县医疗保障局2024年度部门决算",
                "一、收入支出决算总体情况说明",
                "2024年度收入、支出决算总计719.68万元。",
                "",
                "项目\t决算数\t",
                "一般公共预算\t财政拨款\t719.68",
                "本年收入合计\t\t719.68",
                "注：本表反映部门本年度的总收支情况。");
        assertThat(d.issues()).extracting(i -> i.kind()).containsExactly("word_document_read", "digits_normalised");
        assertThat(d.issues().get(0).message()).isEqualTo("a Word document (.docx) read as text: 4 paragraph(s) a line"
                + " each, 1 table(s) a line per row with tab-separated cells");
    }

    @Test
    void aDamagedWord97DocumentSaysWhy() {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] name = "WordDocument".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] damaged = new byte[600];
        System.arraycopy(header, 0, damaged, 0, header.length);
        System.arraycopy(name, 0, damaged, 100, name.length);
        assertThatThrownBy(() -> decoder.decode("d.doc", damaged)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("d.doc: a Word 97-2003 document (.doc) that cannot be read (")
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void aDamagedWordDocumentSaysWhy() throws Exception {
        byte[] damaged = WorkbooksTest.zip("word/document.xml", "<w:document/>");
        assertThatThrownBy(() -> decoder.decode("c.docx", damaged)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("c.docx: a Word document (.docx) that cannot be read (")
                .hasCauseInstanceOf(Exception.class);
    }
}
