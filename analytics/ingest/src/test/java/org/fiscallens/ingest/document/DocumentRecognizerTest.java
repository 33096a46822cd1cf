package org.fiscallens.ingest.document;

import org.fiscallens.ingest.Seeds;
import org.fiscallens.ingest.source.DocumentDecoder;
import org.fiscallens.ingest.source.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRecognizerTest {
    private final DocumentRecognizer recognizer = DocumentRecognizer.standard();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000 | 新乡县医疗保障局               | 河南省           | 新乡市     | 新乡县 | 2024 | FINAL  | 万元 | final.standard
            001 | 高平市医疗保险服务中心          | 山西省           | 晋城市     | 高平市 | 2024 | FINAL  | 万元 | final.standard
            002 | 新乡县医疗保障局               | 河南省           | 新乡市     | 新乡县 | 2026 | BUDGET | 万元 | budget.henan
            003 | 乌鲁木齐市医疗保障局（本级）     | 新疆维吾尔自治区 | 乌鲁木齐市 | -      | 2024 | FINAL  | 万元 | prose_only
            004 | 西乡县医疗保险业务经办中心       | 陕西省           | 汉中市     | 西乡县 | 2024 | BUDGET | 元   | budget.shaanxi
            """)
    void recognisesEverySeed(String seed, String department, String province, String city, String county,
                             int year, DocKind kind, String unit, String layout) throws Exception {
        SourceDocument doc = DocumentDecoder.standard().decode(seed, Seeds.bytes(seed)).document();
        DocumentInfo info = recognizer.recognise(doc);
        assertThat(info.departmentName()).isEqualTo(department);
        assertThat(info.province()).isEqualTo(province);
        assertThat(info.city()).isEqualTo(city);
        assertThat(info.county()).isEqualTo(county);
        assertThat(info.fiscalYear()).isEqualTo(year);
        assertThat(info.kind()).isEqualTo(kind);
        assertThat(info.sourceUnit()).isEqualTo(unit);
        assertThat(info.layout()).isEqualTo(layout);
        assertThat(info.encoding()).isEqualTo("UTF-8");
        assertThat(info.departmentId()).doesNotContain(" ", "（");
    }

    @Test
    void fallsBackToTheDepartmentLabelAndMostFrequentYear() throws Exception {
        String text = "收入支出决算总表\n部门名称：某某县卫生健康委员会\n单位：万元\n2023年度 决算表\n2023年度决算情况说明\n";
        SourceDocument doc = DocumentDecoder.standard().decode("x.txt", (text + "测试文字内容足够长度的中文").getBytes(StandardCharsets.UTF_8)).document();
        DocumentInfo info = recognizer.recognise(doc);
        assertThat(info.departmentName()).isEqualTo("某某县卫生健康委员会");
        assertThat(info.county()).isEqualTo("某某县");
        assertThat(info.fiscalYear()).isEqualTo(2023);
        assertThat(info.kind()).isEqualTo(DocKind.FINAL);
        assertThat(info.sourceUnit()).isEqualTo("万元");
        assertThat(info.layout()).isEqualTo("unknown");
    }

    /** A workbook's first sheet often opens with the attachment's label: it is no part of the department's name. */
    @Test
    void anAttachmentLabelBeforeTheTitleIsNoPartOfTheDepartment() throws Exception {
        String text = "附件：新乡县医疗保障局2026年部门预算表\t\t\n2026年部门收支总体情况表\n部门名称：新乡县医疗保障局\n";
        SourceDocument doc = DocumentDecoder.standard().decode("x.txt", text.getBytes(StandardCharsets.UTF_8)).document();
        DocumentInfo info = recognizer.recognise(doc);
        assertThat(info.departmentName()).isEqualTo("新乡县医疗保障局");
        assertThat(info.fiscalYear()).isEqualTo(2026);
        assertThat(info.kind()).isEqualTo(DocKind.BUDGET);
    }
}
