package org.fiscallens.ingest.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTablesTest {
    @Test
    void aSheetSavedAsCsvBecomesTabSeparatedRowsOnTheSameLines() {
        List<String> lines = new ArrayList<>(List.of(
                "2024年一般公共预算“三公”经费支出表,,,,",
                "单位：万元,,,,",
                "合计,因公出国（境）费,\"公务用车",
                "运行维护费\",公务用车购置费,公务接待费",
                "\"1,029.37\",0.00,1.80 , ,\"0.20\"",
                ",,,,",
                "注：本表反映“三公”经费预算情况。,,,,"));
        LinesRewritten change = CsvTables.normalise(lines);
        assertThat(change).isEqualTo(new LinesRewritten(7, 1));
        assertThat(lines).containsExactly(
                "2024年一般公共预算“三公”经费支出表\t\t\t\t",
                "单位：万元\t\t\t\t",
                "合计\t因公出国（境）费\t公务用车运行维护费\t公务用车购置费\t公务接待费",
                "",
                "1,029.37\t0.00\t1.80\t\t0.20",
                "\t\t\t\t",
                "注：本表反映“三公”经费预算情况。\t\t\t\t");
    }

    @Test
    void quotesInsideAFieldAreTextAndADoubledQuoteIsAQuote() {
        List<String> lines = new ArrayList<>(List.of("项目,说明,金额", "甲,\"含“,”与\"\"引号\"\"\",12.00"));
        assertThat(CsvTables.normalise(lines)).isEqualTo(new LinesRewritten(2, 1));
        assertThat(lines).containsExactly("项目\t说明\t金额", "甲\t含“,”与\"引号\"\t12.00");
    }

    @Test
    void proseWithThousandsSeparatorsOrQuotesStaysProse() {
        List<String> prose = List.of(
                "2024年度收入总计5,056.26万元,支出总计5,056.26万元,与上年相比增加2,690.32万元。",
                "其中:基本支出1,367.05万元,项目支出3,689.21万元,占比72.96%,主要原因是增加。",
                "1. \"年初预算数\"项下的\"目标申报数\"和\"预算编制数\"为并列关系,其中\"目标申报数\"来源于申报表,",
                "\"预算编制数\"数据来源于项目预算支出明细表,\"全年预算数\"的取数规则,如有调整取调整后的数。",
                "一行逗号分隔的内容,,只有一行",
                "2024年度收入总计1",
                ",228.09万元，其中：本年收入合计1,228.09万元，年初结转和结余0.00万元。",
                "2024年度支出总计1,228.09万元，其中：本年支出合计1,228.09万元，结余分配0.00万元。");
        List<String> lines = new ArrayList<>(prose);
        assertThat(CsvTables.normalise(lines)).isEqualTo(new LinesRewritten(0, 0));
        assertThat(lines).isEqualTo(prose);
    }

    @Test
    void aQuoteThatNeverClosesSwallowsNoLines() {
        List<String> text = new ArrayList<>(List.of("\"未闭合的引号,开始,一行", "a,b,c", "d,e,f", "g,h,i", "j,k,l", "m,n,o",
                "p,q,r", "s,t,u", "v,w,x"));
        List<String> before = List.copyOf(text);
        assertThat(CsvTables.normalise(text)).isEqualTo(new LinesRewritten(0, 0));
        assertThat(text).isEqualTo(before);
    }

    @Test
    void rowsOfDifferentWidthsAreDifferentTablesAndTabLinesAreLeftAlone() {
        List<String> lines = new ArrayList<>(List.of("科目编码\t科目名称\t合计", "208,社会保障和就业支出,53.73,", "210,卫生健康支出,631.36,",
                "甲,乙,丙", "丁,戊,,己"));
        assertThat(CsvTables.normalise(lines)).isEqualTo(new LinesRewritten(2, 2));
        assertThat(lines).containsExactly("科目编码\t科目名称\t合计", "208\t社会保障和就业支出\t53.73\t",
                "210\t卫生健康支出\t631.36\t", "甲,乙,丙", "丁,戊,,己");
    }

    @Test
    void theDecoderReadsCsvTablesAndSaysSo() throws Exception {
        String text = "\uFEFF新乡县医疗保障局2024年度部门决算,,\r\n收入支出决算总表,,\r\n项目,行次,决算数\r\n本年收入合计,27,\"1,719.68\"\r\n";
        DecodedDocument d = DocumentDecoder.standard().decode("sheet.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.document().lines()).containsExactly("新乡县医疗保障局2024年度部门决算\t\t", "收入支出决算总表\t\t",
                "项目\t行次\t决算数", "本年收入合计\t27\t1,719.68");
        assertThat(d.issues()).filteredOn(i -> i.kind().equals("csv_tables_read")).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(1);
            assertThat(i.severity()).isEqualTo("info");
            assertThat(i.message()).startsWith("4 line(s) of comma-separated table rows");
            assertThat(i.messageZh()).startsWith("有 4 行逗号分隔的表格行");
        });
        assertThat(d.endsOnSpreadsheetRow()).as("a sheet ends on its last row").isTrue();
        // Excel on a Chinese Windows saves CSV in GBK: the same rows, the encoding named
        DecodedDocument gbk = DocumentDecoder.standard().decode("sheet.csv", text.substring(1).getBytes("GBK"));
        assertThat(gbk.document().lines()).isEqualTo(d.document().lines());
        assertThat(gbk.issues()).extracting(i -> i.kind()).containsExactly("encoding_detected", "csv_tables_read");
        String tabs = text.replace(",", "\t").replace("\"1\t719.68\"", "1719.68");
        assertThat(DocumentDecoder.standard().decode("sheet.txt", tabs.getBytes(StandardCharsets.UTF_8))
                .endsOnSpreadsheetRow()).isFalse();
    }
}
