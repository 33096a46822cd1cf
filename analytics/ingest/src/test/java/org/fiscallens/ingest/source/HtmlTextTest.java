package org.fiscallens.ingest.source;

import org.fiscallens.ingest.ParseIssue;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    private static final String HEADER = "<tr><th rowspan=\"2\">项目</th><th colspan=\"2\">本年支出</th><th rowspan=2>备注</th></tr>"
            + "<tr><th>基本支出</th><th>项目支出</th></tr>";

    @Test
    void mergedHeaderCellsKeepEveryValueInItsColumn() {
        List<String> lines = HtmlText.page("<html><body><table>" + HEADER
                + "<tbody><tr><td>合计</td><td>1.00</td><td>2.00</td><td></td></tr></tbody></table></body></html>").lines();
        assertThat(lines).containsExactly("项目\t本年支出\t\t备注", "\t基本支出\t项目支出\t", "合计\t1.00\t2.00\t");
    }

    @Test
    void aPageReadsAsTheLinesItShows() {
        String page = """
                <!DOCTYPE html>
                <html><head><title>不是正文</title><style>p { margin: 0 }</style><script>var x = "<p>脚本</p>";</script></head>
                <body><h1>新乡县医疗保障局
                   2024年部门决算</h1>
                <p>&nbsp;</p><p>   </p>
                <p>\u3000\u3000一般公共预算财政拨款支出<b>719.68</b>万元，<br>比上年减少69.47万元。</p>
                <div><span>单位：万元</span><br><br></div>
                <pre>项目\t金额
                合计\t719.68</pre>
                <table><caption>支出决算表</caption><tr><td>对个人和<br>家庭的补助</td><td><p class=MsoNormal align=right><span>&nbsp;9.00<o:p></o:p></span></p></td></tr>
                <tr><td>Total<br>2024</td><td>&nbsp;</td></tr></table>
                </body></html>
                """;
        assertThat(HtmlText.isPage(page)).isTrue();
        HtmlRenderer.Rendered r = HtmlText.page(page);
        assertThat(r.lines()).containsExactly(
                "新乡县医疗保障局 2024年部门决算",
                "",
                "\u3000\u3000一般公共预算财政拨款支出719.68万元，",
                "比上年减少69.47万元。",
                "单位：万元",
                "",
                "项目\t金额",
                "合计\t719.68",
                "支出决算表",
                "对个人和家庭的补助\t9.00",
                "Total 2024\t");
        assertThat(r.tables()).isEqualTo(1);
        assertThat(r.rows()).isEqualTo(2);
    }

    @Test
    void aTableNestedInACellIsThatCellsText() {
        List<String> lines = HtmlText.page("<html><table><tr><td>甲<table><tr><td>乙</td><td>丙</td></tr></table></td>"
                + "<td>1.00</td></tr></table></html>").lines();
        assertThat(lines).containsExactly("甲乙 丙\t1.00");
    }

    @Test
    void onlyTextOpeningWithADoctypeOrHtmlTagIsAPage() {
        assertThat(HtmlText.isPage("\uFEFF\n  <!-- saved from url=(0041)http://www.xinxiang.gov.cn/ -->\n<!DOCTYPE HTML PUBLIC>"))
                .isTrue();
        assertThat(HtmlText.isPage("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isTrue();
        assertThat(HtmlText.isPage("<HTML>")).isTrue();
        assertThat(HtmlText.isPage("<htmlx>")).isFalse();
        assertThat(HtmlText.isPage("新乡县医疗保障局 <html> 2024年部门决算")).isFalse();
        assertThat(HtmlText.isPage("<!-- 未闭合的注释")).isFalse();
    }

    @Test
    void aTableWrittenOnMoreLinesThanItHasRowsLeavesTheLinesAfterItInPlace() {
        List<String> lines = new ArrayList<>(List.of("表一", "<table>", "  <tr><td>合计</td>", "<td>719.68</td></tr>",
                "<tr><td>基本支出</td><td>319.57</td></tr>", "</table>", "注：本表……"));
        HtmlText.Rewrite w = HtmlText.tables(lines);
        assertThat(lines).containsExactly("表一", "合计\t719.68", "基本支出\t319.57", "", "", "", "注：本表……");
        assertThat(w).isEqualTo(new HtmlText.Rewrite(5, 2, 1, 2, 2));
    }

    @Test
    void aTableOnOneLineMovesTheLinesAfterItDown() {
        List<String> lines = new ArrayList<>(List.of("## 收入决算表",
                "表2 <html><body><table>" + HEADER + "<tr><td>合计</td><td>1.00</td><td>2.00</td></tr></table></body></html>",
                "单位：万元", "<table><tr><td>从未闭合"));
        HtmlText.Rewrite w = HtmlText.tables(lines);
        assertThat(lines).containsExactly("## 收入决算表", "表2", "项目\t本年支出\t\t备注", "\t基本支出\t项目支出\t",
                "合计\t1.00\t2.00", "单位：万元", "<table><tr><td>从未闭合");
        assertThat(w).isEqualTo(new HtmlText.Rewrite(1, 4, 1, 3, 2));
    }

    @Test
    void theDecoderReadsAGbkWordPageAndSaysSo() throws Exception {
        String page = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
                + "content=\"text/html; charset=gb2312\"><!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties>"
                + "</xml><![endif]--></head><body lang=ZH-CN><div class=WordSection1>\r\n<p class=MsoNormal>"
                + "<span>新乡县医疗保障局2024年部门决算</span></p>\r\n<p class=MsoNormal><span>&#21333;&#20301;：万元</span></p>"
                + "\r\n<table class=MsoTableGrid><tr><td><p>项目</p></td><td><p>决算数</p></td></tr>"
                + "<tr><td><p>一般公共预算财政拨款收入</p></td><td><p align=right>719.68</p></td></tr></table></div></body></html>";
        DecodedDocument d = DocumentDecoder.standard().decode("in/word.htm", page.getBytes(Charset.forName("GB18030")));
        assertThat(d.document().lines()).containsExactly("新乡县医疗保障局2024年部门决算", "单位：万元", "项目\t决算数",
                "一般公共预算财政拨款收入\t719.68");
        assertThat(d.issues()).extracting(ParseIssue::kind).containsExactly("encoding_detected", "html_page_read");
        assertThat(d.issues().get(1).message()).isEqualTo("an HTML page of 4 line(s) read as the text it shows: 4 line(s),"
                + " 2 row(s) of 1 table(s) as tab-separated cells; line numbers are those of that text, which the stored"
                + " lines show");
    }

    @Test
    void textWithoutHtmlTablesIsLeftAsItIs() throws Exception {
        String text = "新乡县医疗保障局2024年部门决算\n说明 <b>不是</b> 表格 <tablet>\n合计\t719.68\n";
        DecodedDocument d = DocumentDecoder.standard().decode("in/a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.document().lines()).containsExactly("新乡县医疗保障局2024年部门决算", "说明 <b>不是</b> 表格 <tablet>",
                "合计\t719.68");
        assertThat(d.issues()).isEmpty();
    }
}
