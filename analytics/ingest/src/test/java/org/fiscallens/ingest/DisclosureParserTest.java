package org.fiscallens.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * A Word file typed with full-width digits (７１９．６８万元) gives the same records as the same text in ASCII digits,
     * and says once that it read them so. Every digit of each seed is made full-width, and every decimal point
     * between digits too.
     */
    @Test
    void fullWidthDigitsReadAsTheNumbersTheyAre() {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            ParsedDisclosure clean = parser.parse(Seeds.seed(prefix));
            String text = new String(Seeds.bytes(prefix), StandardCharsets.UTF_8);
            StringBuilder wide = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean point = c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && text.charAt(i - 1) < 128 && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 1) < 128;
                wide.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : point ? '．' : c);
            }
            ParsedDisclosure p = parser.parse(Seeds.seed(prefix).toString(), wide.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(p.lineItems()).as(prefix).isEqualTo(withDocId(clean.lineItems(), p));
            assertThat(p.narrativeFacts()).as(prefix).hasSameSizeAs(clean.narrativeFacts());
            assertThat(p.narrativeFacts().stream().map(f -> f.subject() + "|" + f.factKind() + "|" + f.value()).toList())
                    .as(prefix).isEqualTo(clean.narrativeFacts().stream()
                            .map(f -> f.subject() + "|" + f.factKind() + "|" + f.value()).toList());
            assertThat(p.performanceProjects()).as(prefix).hasSameSizeAs(clean.performanceProjects());
            assertThat(p.issues()).as(prefix).filteredOn(i -> i.kind().equals("digits_normalised")).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("full-width digits"));
        }
    }

    /** The clean line items as the full-width document's would be: same records under that document's id. */
    private static List<org.fiscallens.ingest.table.LineItem> withDocId(List<org.fiscallens.ingest.table.LineItem> items,
                                                                          ParsedDisclosure p) {
        String id = p.document().docId();
        return items.stream().map(i -> new org.fiscallens.ingest.table.LineItem(id, i.tableKind(), i.tableCode(),
                i.tableTitle(), i.classification(), i.code(), i.name(), i.level(), i.measure(), i.columnGroup(),
                i.amount(), i.sourceLine(), i.rawLine())).toList();
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

    /** A number no extractor can read (two decimal points) in a table no layout knows is reported, not dropped. */
    @Test
    void aMalformedNumberInAnUnknownTableIsReportedAsAnUnreadDataLine() {
        String text = String.join("\n", "某某县医疗保障局2024年度部门决算", "", "第一部分 单位概况", "本单位主要职责是医疗保障。", "",
                "某某统计表", "项目\t数值\t备注", "甲项\t12.3.4\t无", "", "以上情况特此说明。");
        ParsedDisclosure p = parser.parse("unknown-table.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(p.issues()).filteredOn(i -> i.kind().equals("unexplained_data_line")).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(8);
            assertThat(i.message()).contains("«某某统计表» (line 6)", "[12.3.4]", "not one a layout descriptor recognises");
        });
    }

    @Test
    void parsingInParallelGivesTheSameRecordsAsOneByOne() throws Exception {
        List<String> seeds = List.of("000", "001", "002", "003", "004");
        Map<String, ParsedDisclosure> sequential = new HashMap<>();
        for (String s : seeds) {
            sequential.put(s, parser.parse(Seeds.seed(s)));
        }
        List<String> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            work.addAll(seeds);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedDisclosure>> futures = new ArrayList<>();
            for (String s : work) {
                futures.add(pool.submit(() -> parser.parse(Seeds.seed(s))));
            }
            for (int i = 0; i < work.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(work.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
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
