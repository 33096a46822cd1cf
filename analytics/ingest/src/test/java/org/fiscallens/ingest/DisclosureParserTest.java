package org.fiscallens.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureParserTest {
    private final DisclosureParser parser = DisclosureParser.standard();

    @Test
    void binaryGarbageGivesAnUnreadableDocumentIssueNotAnException() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        ParsedDisclosure p = parser.parse("garbage.txt", garbage);
        assertThat(p.document().layout()).isEqualTo(DisclosureParser.UNREADABLE);
        assertThat(p.lineItems()).isEmpty();
        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("unreadable_document");
            assertThat(i.severity()).isEqualTo("error");
            assertThat(i.file()).isEqualTo("garbage.txt");
            assertThat(i.message()).contains("garbage.txt", "binary");
        });
    }

    @Test
    void chineseTextThatIsNoDisclosureIsUnrecognised() {
        byte[] text = "这是一段普通的中文文字，没有任何部门名称，也没有年份和预算决算的说明，只是用来测试。".repeat(3)
                .getBytes(StandardCharsets.UTF_8);
        ParsedDisclosure p = parser.parse("poem.txt", text);
        assertThat(p.document().layout()).isEqualTo(DisclosureParser.UNRECOGNISED);
        assertThat(p.issues()).extracting(ParseIssue::kind).contains("unrecognised_document");
    }

    @Test
    void seedIsRecognisedAndEveryAmountLineIsAccountedFor() {
        ParsedDisclosure p = parser.parse(Seeds.seed("000"));
        assertThat(p.document().departmentName()).isEqualTo("新乡县医疗保障局");
        assertThat(p.document().fiscalYear()).isEqualTo(2024);
        // every unexplained line names where it sits and what it carries
        p.issues().stream().filter(i -> i.kind().equals("unexplained_data_line")).forEach(i -> {
            assertThat(i.line()).isPositive();
            assertThat(i.rawLine()).isNotBlank();
            assertThat(i.message()).containsAnyOf("under «", "before any heading").contains("amounts [");
        });
    }

    @Test
    void documentCutInsideATableIsReportedAsTruncatedAndKeepsWhatWasRead() {
        byte[] all = Seeds.bytes("000");
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("2101102\t事业单位医疗\t49.96\t14.83");
        byte[] truncated = Arrays.copyOf(all, text.substring(0, cut + 20).getBytes(StandardCharsets.UTF_8).length);
        ParsedDisclosure p = parser.parse("cut.txt", truncated);
        assertThat(p.document().departmentName()).isEqualTo("新乡县医疗保障局");
        assertThat(p.issues()).filteredOn(i -> i.kind().equals("truncated_document"))
                .singleElement().satisfies(i -> {
                    assertThat(i.severity()).isEqualTo("error");
                    assertThat(i.message()).contains("cut off");
                });
    }
}
