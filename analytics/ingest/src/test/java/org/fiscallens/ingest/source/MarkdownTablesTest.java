package org.fiscallens.ingest.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTablesTest {
    @Test
    void aPipeTableBecomesTabSeparatedRowsOnTheSameLines() {
        List<String> lines = new ArrayList<>(List.of(
                "收入支出决算总表",
                "| 项目 | 行次 | 决算数 |",
                "|:---|:---:|---:|",
                "| 一、一般公共预算财政拨款收入 | 1 | 719.68 |",
                "| 八、社会保障<br>和就业支出 | 39 | 53.73 |",
                "| **本年收入合计** | **27** | **719.68** |",
                "|  | 9 |  |",
                "注：本表反映部门本年度的总收支情况。"));
        LinesRewritten change = MarkdownTables.normalise(lines);
        assertThat(change).isEqualTo(new LinesRewritten(6, 2));
        assertThat(lines).containsExactly(
                "收入支出决算总表",
                "项目\t行次\t决算数",
                "\t\t",
                "一、一般公共预算财政拨款收入\t1\t719.68",
                "八、社会保障和就业支出\t39\t53.73",
                "本年收入合计\t27\t719.68",
                "\t9\t",
                "注：本表反映部门本年度的总收支情况。");
    }

    @Test
    void barsWithoutADelimiterRowAndEscapedBarsAreNotCellBreaks() {
        List<String> lines = new ArrayList<>(List.of("| 不是表格，只是两边有竖线的一行 |", "", "| 项目 | 说明 |",
                "| --- | --- |", "| 甲 | 含 \\| 的说明 |"));
        assertThat(MarkdownTables.normalise(lines)).isEqualTo(new LinesRewritten(3, 3));
        assertThat(lines).containsExactly("| 不是表格，只是两边有竖线的一行 |", "", "项目\t说明", "\t", "甲\t含 | 的说明");
        List<String> none = new ArrayList<>(List.of("| 甲 | 乙 |", "| 1 | 2 |"));
        assertThat(MarkdownTables.normalise(none)).isEqualTo(new LinesRewritten(0, 0));
        assertThat(none).containsExactly("| 甲 | 乙 |", "| 1 | 2 |");
    }

    @Test
    void theDecoderReadsPipeTablesAndSaysSo() throws Exception {
        String text = "新乡县医疗保障局2024年度部门决算\n收入支出决算总表\n| 项目 | 决算数 |\n|---|---|\n| 本年收入合计 | 719.68 |\n";
        DecodedDocument d = DocumentDecoder.standard().decode("md.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.document().line(5)).isEqualTo("本年收入合计\t719.68");
        assertThat(d.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("markdown_tables_read");
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.message()).startsWith("3 line(s) of Markdown pipe tables");
        });
    }
}
