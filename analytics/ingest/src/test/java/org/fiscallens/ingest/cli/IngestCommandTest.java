package org.fiscallens.ingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {
    @Test
    void ingestsTheGoodDocumentsSkipsTheBrokenOneAndFailsTheRun(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("a.txt"));
        Files.copy(Seeds.seed("004"), in.resolve("b.txt"));
        byte[] garbage = new byte[1000];
        new Random(1).nextBytes(garbage);
        Files.write(in.resolve("broken.txt"), garbage);
        Files.writeString(in.resolve(".hidden"), "ignored");
        Path out = tmp.resolve("out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int code = new IngestCommand(DisclosureParser.standard(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new String[]{"--input", in.toString(), "--output", out.toString()});

        assertThat(code).isEqualTo(1);
        for (String name : RecordFiles.NAMES) {
            assertThat(out.resolve(name + ".jsonl")).exists();
        }
        List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"));
        assertThat(docs).hasSize(2);
        JsonNode first = JsonLines.mapper().readTree(docs.get(0));
        assertThat(first.get("department_name").asText()).isEqualTo("新乡县医疗保障局");
        assertThat(first.get("fiscal_year").asInt()).isEqualTo(2024);
        assertThat(first.get("kind").asText()).isEqualTo("final");
        assertThat(first.get("region").asText()).isEqualTo("河南省/新乡市/新乡县");
        assertThat(Files.readString(out.resolve("parse_issues.jsonl"))).contains("unreadable_document", "broken.txt");
        assertThat(Files.readString(out.resolve("reports/broken.txt.report.md"))).contains("SKIPPED", "binary");
        assertThat(Files.readString(out.resolve("report.md"))).contains("2 document(s) ingested, 1 skipped");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("broken.txt: unreadable_document");
    }

    /** A file with the bytes of another is read once: its records are not written twice, and the copy is named. */
    @Test
    void aCopyOfADocumentIsReadOnceAndReported(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("a.txt"));
        Files.copy(Seeds.seed("000"), in.resolve("b-copy.txt"));
        Path out = tmp.resolve("out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int code = new IngestCommand(DisclosureParser.standard(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new String[]{"--input", in.toString(), "--output", out.toString()});

        assertThat(code).as("a copy loses nothing").isZero();
        assertThat(Files.readAllLines(out.resolve("documents.jsonl"))).hasSize(1);
        List<JsonNode> dups = Files.readAllLines(out.resolve("parse_issues.jsonl")).stream().map(l -> {
            try {
                return JsonLines.mapper().readTree(l);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(n -> n.get("kind").asText().equals("duplicate_document")).toList();
        assertThat(dups).singleElement().satisfies(d -> {
            assertThat(d.get("file").asText()).isEqualTo(in.resolve("b-copy.txt").toString());
            assertThat(d.get("severity").asText()).isEqualTo("warning");
            assertThat(d.get("message").asText()).contains("byte for byte the same file as " + in.resolve("a.txt"));
            assertThat(d.get("message_zh").asText()).contains("逐字节相同");
        });
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("SKIPPED, duplicate of " + in.resolve("a.txt"));
    }

    @Test
    void brokenDocumentsOfEveryKindAreReportedAndTheOthersIngested(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = Files.readString(Seeds.seed("000"), StandardCharsets.UTF_8);
        Files.copy(Seeds.seed("002"), in.resolve("1-good.txt"));
        Files.write(in.resolve("2-gbk.txt"), Files.readString(Seeds.seed("004")).getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.writeString(in.resolve("3-truncated.txt"), seed.substring(0, seed.indexOf("2101102\t事业单位医疗\t49.96\t14.83") + 25));
        Files.write(in.resolve("4-mojibake.txt"), new String(seed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("out");
        var console = new ByteArrayOutputStream();
        int code = new IngestCommand(DisclosureParser.standard(), new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new String[]{"--input", in.toString(), "--output", out.toString()});
        assertThat(code).isEqualTo(1);
        List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"));
        assertThat(docs).hasSize(3);
        assertThat(docs.get(1)).contains("\"encoding\":\"GB18030\"", "西乡县医疗保险业务经办中心");
        assertThat(Files.readString(out.resolve("reports/3-truncated.txt.report.md"))).contains("truncated_document", "cut off");
        assertThat(Files.readString(out.resolve("reports/4-mojibake.txt.report.md"))).contains("SKIPPED", "wrong encoding");
        String goodId = JsonLines.mapper().readTree(docs.get(0)).get("doc_id").asText();
        assertThat(Files.readAllLines(out.resolve("line_items.jsonl"))).anyMatch(l -> l.contains("\"doc_id\":\"" + goodId + "\""));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("3-truncated.txt: truncated_document", "4-mojibake.txt: unreadable_document");
    }

    @Test
    void strictFailsOnAMalformedAmountThatTheDefaultRunOnlyReports(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Seeds.seed("001"), in.resolve("gaoping.txt"));
        var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        IngestCommand command = new IngestCommand(DisclosureParser.standard(), quiet);
        assertThat(command.run(new String[]{"--input", in.toString(), "--output", tmp.resolve("a").toString()})).isZero();
        assertThat(command.run(new String[]{"--input", in.toString(), "--output", tmp.resolve("b").toString(), "--strict"}))
                .isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("a/checks.jsonl"))).contains("\"rule\":\"malformed_amount\"");
        assertThat(Files.readAllLines(tmp.resolve("a/catalog.jsonl"))).anyMatch(l -> l.contains("\"code\":\"2101506\""));
    }

    @Test
    void bigDecimalsAreWrittenExactly() {
        record Amount(java.math.BigDecimal amountInYuan) {
        }
        assertThat(JsonLines.line(new Amount(new java.math.BigDecimal("2368819.00"))))
                .isEqualTo("{\"amount_in_yuan\":2368819.00}");
        assertThat(JsonLines.line(new Amount(new java.math.BigDecimal("7.1968E+6"))))
                .isEqualTo("{\"amount_in_yuan\":7196800}");
    }

    @Test
    void badArgumentsExitWithTwo() {
        var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new IngestCommand(DisclosureParser.standard(), out).run(new String[]{"--input"})).isEqualTo(2);
        assertThat(new IngestCommand(DisclosureParser.standard(), out).run(new String[]{"--input", "/nonexistent", "--output", "/tmp/x"})).isEqualTo(2);
    }
}
