package org.fiscallens.jobs;

import org.fiscallens.jobs.warehouse.BuildAttention;
import org.fiscallens.jobs.warehouse.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A folder of disclosures with broken files among real ones, built through the real Spark job: the broken files
 * are named in the build's report with what is wrong with them, a copy of a document is read once, the good
 * documents around them are published exactly as on their own, and {@code --strict} refuses to publish while
 * keeping the previous warehouse.
 */
@ExtendWith(SeedWarehouse.class)
class BadInputBuildTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
    /** A table row: a classification code cell, a name cell, then an amount cell (tab-separated, as in 西乡's tables). */
    private static final Pattern CODE_ROW = Pattern.compile("^\\d{5,7}\\t[^\\t]+\\t\\d[\\d,.]*(\\t.*)?$");

    @Test
    void brokenFilesAreNamedAndTheDocumentsAroundThemArePublishedWhole(SeedWarehouse.Built w, @TempDir Path dir)
            throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        List<Path> seeds = seedFiles();
        Path whole1 = Files.copy(seeds.get(0), input.resolve("a_" + seeds.get(0).getFileName()));
        Path whole2 = Files.copy(seeds.get(3), input.resolve("b_" + seeds.get(3).getFileName()));
        int cutAt = writeCutInsideFirstTable(seeds.get(4), input.resolve("c_cut.txt"));
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 % 256);
        }
        Files.write(input.resolve("d_broken.txt"), noise);
        Files.write(input.resolve("e_empty.txt"), new byte[0]);
        Files.copy(whole1, input.resolve("f_copy_of_a.txt")); // the same bytes under another name: read once
        // the same disclosure published again with a note appended: another version, as many figures, a later path
        Files.write(input.resolve("h_scan.pdf"), scannedPdf()); // a page of pixels, no text layer
        Files.write(input.resolve("j_photo.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        Files.copy(seeds.get(1), input.resolve("i_upper_case.TXT")); // read: the extension's case does not matter
        Path republished = input.resolve("g_republished.txt");
        Files.write(republished, (Files.readString(whole1, StandardCharsets.UTF_8) + "\n（此为重新发布版本）\n")
                .getBytes(StandardCharsets.UTF_8));

        Path target = dir.resolve("w.duckdb");
        Files.copy(w.file(), target);
        String before = sha256(target);
        BuildOptions options = BuildOptions.defaults().withInput(input.toString()).withWarehouse(target);

        assertThatThrownBy(() -> new WarehouseBuild(w.spark()).run(options.withStrict(true)))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("--strict: 3 document(s) skipped, 1 cut off")
                .hasMessageContaining("previous warehouse kept")
                .hasMessageContaining("d_broken.txt unreadable_document")
                .hasMessageContaining("e_empty.txt unreadable_document: empty file (0 bytes)")
                .hasMessageContaining("h_scan.pdf unreadable_document: a PDF of 1 page(s) without a text layer (a scan)")
                .hasMessageContaining("c_cut.txt:" + cutAt + " truncated_document");
        assertThat(sha256(target)).as("the previous warehouse, untouched by the refused build").isEqualTo(before);

        BuildReport report = new WarehouseBuild(w.spark()).run(options);
        BuildAttention a = report.attention();
        assertThat(a.documents()).as("nine disclosure files, one a copy").isEqualTo(8);
        assertThat(report.ignoredFiles()).as("no disclosure's form: listed, not read").containsExactly(input + "/j_photo.jpg");
        assertThat(a.skipped()).isEqualTo(3);
        assertThat(a.cutOff()).isEqualTo(1);
        assertThat(a.duplicates()).isEqualTo(1);
        assertThat(a.alternates()).isEqualTo(1);
        assertThat(a.documentsLost()).isTrue();
        assertThat(a.items()).extracting(BuildAttention.Item::describe)
                .anyMatch(s -> s.startsWith(input.resolve("d_broken.txt") + " unreadable_document: binary data"))
                .anyMatch(s -> s.startsWith(input.resolve("c_cut.txt") + ":" + cutAt + " truncated_document: the document ends at line " + cutAt))
                .anyMatch(s -> s.startsWith(input.resolve("f_copy_of_a.txt") + " duplicate_document: byte for byte the same file as "
                        + whole1 + " (document "))
                .anyMatch(s -> s.startsWith(whole1 + " alternate_version: another version of 新乡县医疗保障局 2024 final account;"
                        + " the figures come from " + republished));
        assertThat(a.summary()).startsWith("8 documents read: 3 skipped, 1 cut off, 0 partly recognised, 1 file a copy of another,"
                + " read once, 1 another version of a document, not counted;");

        // the two whole documents carry exactly the records they have in the seed warehouse (the copy of one added none)
        String perDoc = Sql.DOCUMENT_RECORDS;
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection seed = w.open(); Connection built = DriverManager.getConnection("jdbc:duckdb:" + target, ro)) {
            for (Path p : List.of(whole1, whole2)) {
                String id = docId(built, p);
                List<Map<String, Object>> expected = Sql.rows(seed, perDoc, docId(seed, SEEDS.resolve(p.getFileName().toString().substring(2))));
                assertThat(Sql.rows(built, perDoc, id)).as(p.getFileName().toString()).isEqualTo(expected);
                assertThat(((Number) expected.get(0).get("items")).longValue() + ((Number) expected.get(0).get("facts")).longValue())
                        .isPositive();
            }
            // two versions of 新乡 2024 final: the metrics count one, exactly as the seed warehouse counts its one
            assertThat(Sql.rows(built, "SELECT primary_doc_id FROM documents WHERE doc_id = ?", docId(built, whole1)).get(0)
                    .get("primary_doc_id")).isEqualTo(docId(built, republished));
            Sql.assertSameRows(seed, built, List.of(
                    "SELECT dimension, code, amount, share FROM structure_shares WHERE department_id = '新乡县医疗保障局'"
                            + " AND fiscal_year = 2024 ORDER BY ALL",
                    "SELECT subject, budget, actual, rate, budget_basis, source FROM execution_rates"
                            + " WHERE department_id = '新乡县医疗保障局' AND fiscal_year = 2024 ORDER BY ALL",
                    "SELECT subject, measure, value, prior_value FROM yoy_changes WHERE department_id = '新乡县医疗保障局'"
                            + " AND fiscal_year = 2024 ORDER BY ALL"));
            // what precedes the cut is kept
            List<Map<String, Object>> cut = Sql.rows(built, perDoc, docId(built, input.resolve("c_cut.txt")));
            assertThat(cut.get(0).get("department_id")).isEqualTo("西乡县医疗保险业务经办中心");
            assertThat(((Number) cut.get(0).get("facts")).longValue()).as("facts stated before the cut").isPositive();
        }
    }

    /** The document id the warehouse gave the file at {@code path} (paths are stored as the build named them). */
    private static String docId(Connection c, Path path) throws Exception {
        return Sql.docIdOf(c, path.getFileName().toString());
    }

    /** Writes {@code seed} up to and including its first table row with a code and an amount; returns that line's number. */
    private static int writeCutInsideFirstTable(Path seed, Path out) throws Exception {
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            kept.add(line);
            if (CODE_ROW.matcher(line).matches()) {
                Files.write(out, String.join("\n", kept).getBytes(StandardCharsets.UTF_8));
                return kept.size();
            }
        }
        throw new AssertionError(seed + " has no tab-separated table row with a code and an amount");
    }

    private static List<Path> seedFiles() throws Exception {
        try (var s = Files.list(SEEDS)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** A one-page PDF holding a picture of a page and no text, as a scanner writes it. */
    private static byte[] scannedPdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream out = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                out.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, scan), 50, 50, 500, 700);
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }
}
