package org.fiscallens.ingest.source;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headings numbered by Word's automatic lists read with the numbers Word shows: a 说明 whose 一、 / （一） / 1.
 * headings are list formats (chineseCounting {@code %1、}, chineseCounting {@code （%2）}, decimal {@code %3.}),
 * counted as Word counts them — a lower level starts again under each higher item, a second list starts at its own
 * start, a list continues past paragraphs of plain text.
 */
class WordListNumbersTest {
    @Test
    void listNumbersAreReadAsWordShowsThem() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(headings(), numbering));
            BigInteger parts = numbering.addNum(abstractId);
            BigInteger later = numbering.addNum(abstractId);
            paragraph(doc, null, 0, "新乡县医疗保障局2024年度部门决算");
            paragraph(doc, parts, 0, "部门职责");
            paragraph(doc, parts, 1, "贯彻执行国家医疗保障制度");
            paragraph(doc, null, 0, "（正文一段，无编号）");
            paragraph(doc, parts, 1, "拟订全县医疗保障基金监督管理办法");
            paragraph(doc, parts, 0, "机构设置");
            paragraph(doc, parts, 1, "内设机构3个");
            paragraph(doc, parts, 2, "社会保障和就业支出（类）支出53.73万元");
            paragraph(doc, parts, 2, "卫生健康支出（类）支出631.36万元");
            for (int i = 3; i <= 11; i++) {
                paragraph(doc, parts, 0, "第" + i + "项");
            }
            paragraph(doc, later, 0, "收入支出决算总体情况说明");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<String> lines = DocumentDecoder.standard().decode("说明.docx", bytes).document().lines();
        assertThat(lines).containsExactly("新乡县医疗保障局2024年度部门决算", "一、部门职责", "（一）贯彻执行国家医疗保障制度",
                "（正文一段，无编号）", "（二）拟订全县医疗保障基金监督管理办法", "二、机构设置", "（一）内设机构3个",
                "1. 社会保障和就业支出（类）支出53.73万元", "2. 卫生健康支出（类）支出631.36万元", "三、第3项", "四、第4项",
                "五、第5项", "六、第6项", "七、第7项", "八、第8项", "九、第9项", "十、第10项", "十一、第11项",
                "一、收入支出决算总体情况说明");
    }

    @Test
    void numbersInTheFormatsWordOffers() {
        assertThat(List.of(1, 9, 10, 11, 20, 21, 99, 100, 105, 110, 1000, 1001).stream().map(WordNumberFormats::chinese))
                .containsExactly("一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一千",
                        "一千零一");
        assertThat(WordNumberFormats.formatted(3, "ideographTraditional")).isEqualTo("丙");
        assertThat(WordNumberFormats.formatted(2, "decimalEnclosedCircle")).isEqualTo("②");
        assertThat(WordNumberFormats.formatted(7, "decimalZero")).isEqualTo("07");
        assertThat(WordNumberFormats.formatted(12, "decimalFullWidth")).isEqualTo("１２");
        assertThat(WordNumberFormats.formatted(28, "upperLetter")).isEqualTo("BB");
        assertThat(WordNumberFormats.formatted(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(WordNumberFormats.formatted(305, "ideographDigital")).isEqualTo("三〇五");
    }

    /** Three levels: 一、 / （一） / 1. */
    private static CTAbstractNum headings() {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.ONE);
        level(a, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
        level(a, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
        level(a, 2, STNumberFormat.DECIMAL, "%3.");
        return a;
    }

    private static void level(CTAbstractNum a, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl l = a.addNewLvl();
        l.setIlvl(BigInteger.valueOf(ilvl));
        l.addNewStart().setVal(BigInteger.ONE);
        l.addNewNumFmt().setVal(format);
        l.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        p.createRun().setText(text);
    }
}
