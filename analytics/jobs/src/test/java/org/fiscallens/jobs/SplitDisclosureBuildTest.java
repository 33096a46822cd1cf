package org.fiscallens.jobs;

import org.fiscallens.jobs.warehouse.BuildAttention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure published as two files, as many 预决算公开 pages attach it: 新乡 2024 决算's prose as a Word 说明
 * ({@code .docx}, each non-table line a paragraph) and its tables one to a sheet as a 公开表 workbook ({@code .xlsx},
 * above each table the short lines that stood over it). Either file alone loses half the figures — the workbook
 * the stated execution rates and reasons, the 说明 the tables' 类/款/项 — so the build reads the two as one
 * document and counts that: its execution rates, structure shares (with the shares the prose states), 三公 series
 * and year-over-year changes equal the seed warehouse's, and each part is kept, marked {@code disclosure_part}.
 */
@ExtendWith(SeedWarehouse.class)
class SplitDisclosureBuildTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
    private static final String PROSE = "新乡县医疗保障局2024年部门决算说明.docx";
    private static final String TABLES = "新乡县医疗保障局2024年部门决算公开表.xlsx";

    @Test
    void aSplitDisclosureIsCountedAsOneDocument(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path seed = seed("000_");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        // the 公开表: the tables before the 附件 part (its 绩效 forms and 自评报告 stay in the 说明, as Word tables)
        int attachments = lines.size();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).matches("#+ .*附件.*")) {
                attachments = n;
                break;
            }
        }
        List<List<String>> sheets = new ArrayList<>();
        boolean[] inSheet = new boolean[lines.size()];
        for (int n = 0; n < attachments; ) {
            if (lines.get(n).indexOf('\t') < 0) {
                n++;
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (int k = n - 1; k >= 0 && rows.size() < 5 && lines.get(k).indexOf('\t') < 0; k--) {
                if (!lines.get(k).isBlank() && lines.get(k).strip().length() <= 60) {
                    rows.add(0, lines.get(k).strip());
                    inSheet[k] = true;
                }
            }
            while (n < lines.size() && lines.get(n).indexOf('\t') >= 0) {
                inSheet[n] = true;
                rows.add(lines.get(n++));
            }
            sheets.add(rows);
        }
        List<String> prose = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!inSheet[n]) {
                prose.add(lines.get(n));
            }
        }
        Files.write(input.resolve(PROSE), OfficeFiles.wordDocument(prose));
        Files.write(input.resolve(TABLES), OfficeFiles.workbook(sheets));
        Files.copy(seed("002_"), input.resolve(seed("002_").getFileName()));

        Path target = dir.resolve("w.duckdb");
        BuildReport report = new WarehouseBuild(w.spark()).run(BuildOptions.defaults().withInput(input.toString())
                .withWarehouse(target));
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.attention().documents()).as("files, not the document read from two of them").isEqualTo(3);
        assertThat(report.attention().combined()).isEqualTo(1);
        assertThat(report.attention().summary()).contains("1 disclosure published in several files read as one document");
        assertThat(report.attention().items()).extracting(BuildAttention.Item::kind).contains("parts_combined");

        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection seedDb = w.open(); Connection built = DriverManager.getConnection("jdbc:duckdb:" + target, ro)) {
            String whole = input + "/" + PROSE + " + " + TABLES;
            List<Map<String, Object>> docs = Sql.rows(built, "SELECT doc_id, source_path, encoding, primary_doc_id, is_part, "
                    + "line_count FROM documents WHERE fiscal_year = 2024 ORDER BY source_path = ?, source_path = ?",
                    input + "/" + TABLES, whole);
            assertThat(docs).extracting(r -> r.get("source_path")).containsExactly(input + "/" + PROSE, whole,
                    input + "/" + TABLES);
            Object wholeId = docs.get(1).get("doc_id");
            assertThat(docs.get(1).get("encoding")).isEqualTo("docx+xlsx");
            assertThat(docs.get(1).get("primary_doc_id")).isNull();
            assertThat(docs.get(0).get("primary_doc_id")).isEqualTo(wholeId);
            assertThat(docs.get(2).get("primary_doc_id")).isEqualTo(wholeId);
            assertThat(docs).extracting(d -> d.get("is_part")).containsExactly(true, false, true);
            int proseLines = ((Number) docs.get(0).get("line_count")).intValue();
            assertThat(((Number) docs.get(1).get("line_count")).intValue())
                    .isEqualTo(proseLines + ((Number) docs.get(2).get("line_count")).intValue());
            // every line of the whole is a line of a part: the workbook's first row follows the 说明's last line
            assertThat(Sql.rows(built, "SELECT w.text = t.text AS same FROM document_lines w, document_lines t "
                    + "WHERE w.doc_id = ? AND w.line_no = ? AND t.doc_id = ? AND t.line_no = 1",
                    wholeId, proseLines + 1, docs.get(2).get("doc_id"))).extracting(r -> r.get("same"))
                    .containsExactly(true);
            assertThat(Sql.rows(built, "SELECT kind, severity, doc_id FROM parse_issues WHERE kind IN "
                    + "('disclosure_part', 'parts_combined') ORDER BY kind, doc_id")).extracting(
                    r -> r.get("kind") + " " + r.get("severity") + " " + (r.get("doc_id").equals(wholeId) ? "whole" : "part"))
                    .containsExactly("disclosure_part info part", "disclosure_part info part", "parts_combined info whole");
            assertThat(Sql.rows(built, "SELECT message FROM parse_issues WHERE kind = 'parts_combined'")).singleElement()
                    .satisfies(r -> assertThat((String) r.get("message")).contains("lines 1–" + proseLines + " "
                            + input + "/" + PROSE + " (docx)", "lines " + (proseLines + 1) + "–"));

            // each part alone holds only part of what the metrics need: the workbook states nothing in prose, the
            // 说明's tables are its 绩效 forms, no 功能分类 line items
            assertThat(Sql.rows(built, Sql.DOCUMENT_RECORDS, docs.get(2).get("doc_id")).get(0).get("facts")).isEqualTo(0L);
            assertThat(Sql.rows(built, "SELECT count(*) AS n FROM line_items WHERE doc_id = ? AND classification = "
                    + "'function'", docs.get(0).get("doc_id")).get(0).get("n")).isEqualTo(0L);
            Sql.assertSameRows(seedDb, built, List.of(
                    "SELECT subject, budget, actual, rate, budget_basis, source FROM execution_rates"
                            + " WHERE department_id = '新乡县医疗保障局' AND fiscal_year = 2024 ORDER BY ALL",
                    "SELECT dimension, code, amount, share, stated_share, source FROM structure_shares"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL",
                    "SELECT fiscal_year, category, measure, amount FROM three_public_series"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL",
                    "SELECT subject, measure, doc_kind, fiscal_year, value, prior_value, basis, reason FROM yoy_changes"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL"));
            assertThat(Sql.rows(built, "SELECT rate FROM execution_rates WHERE department_id = '新乡县医疗保障局' AND "
                    + "fiscal_year = 2024 AND subject = '2101599' AND source = 'final_narrative'"))
                    .extracting(r -> Sql.dec(r.get("rate")).toPlainString()).contains("2.7533");
        }
    }

    private static Path seed(String prefix) throws Exception {
        try (var s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
