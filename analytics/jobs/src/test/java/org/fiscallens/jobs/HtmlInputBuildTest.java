package org.fiscallens.jobs;

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
 * Disclosures saved as HTML, as Markdown, as CSV and as an Excel workbook, through the real Spark job: 新乡 2024 as a
 * web page ({@code .html}, each line a paragraph, each table a {@code <table>}), 新乡 2026 as an extractor's Markdown
 * ({@code .md}, each table on one {@code <table>} line), 西乡 2024 with its tables as a spreadsheet saves its sheets
 * ({@code .csv}, each row as wide as its table's widest, a field with a comma quoted) and 高平 2024 as a workbook
 * ({@code .xlsx}, each line a row, amounts numbers shown {@code #,##0.00}) are read, a {@code .pptx} beside them is
 * listed as not read, and the four documents give the records and the figures they give as text in the seed warehouse.
 */
@ExtendWith(SeedWarehouse.class)
class HtmlInputBuildTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));

    @Test
    void aWebPageAMarkdownFileAndCsvSheetsGiveTheFiguresOfTheirText(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path final2024 = seed("000_");
        Path budget2026 = seed("002_");
        Path xixiang2024 = seed("004_");
        Path gaoping2024 = seed("001_");
        List<String> page = new ArrayList<>(List.of("<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head><body>"));
        List<String> markdown = new ArrayList<>();
        for (List<String> block : blocks(final2024)) {
            page.addAll(isTable(block) ? tableRows(block) : block.stream().map(l -> "<p>" + escape(l) + "</p>").toList());
        }
        page.add("</body></html>");
        for (List<String> block : blocks(budget2026)) {
            markdown.addAll(isTable(block) ? List.of("<table>" + String.join("", tableRows(block)) + "</table>") : block);
        }
        List<String> csv = new ArrayList<>();
        for (List<String> block : blocks(xixiang2024)) {
            csv.addAll(isTable(block) ? csvRows(block) : block);
        }
        Files.write(input.resolve("xinxiang-final-2024.html"), page, StandardCharsets.UTF_8);
        Files.write(input.resolve("xixiang-budget-2024.csv"), csv, StandardCharsets.UTF_8);
        Files.write(input.resolve("gaoping-final-2024.xlsx"), OfficeFiles.workbook(List.of(Files.readAllLines(gaoping2024, StandardCharsets.UTF_8))));
        Files.write(input.resolve("xinxiang-budget-2026.md"), markdown, StandardCharsets.UTF_8);
        Files.write(input.resolve("xinxiang-budget-2026.pptx"), new byte[]{'P', 'K', 3, 4});

        Path target = dir.resolve("w.duckdb");
        BuildReport report = new WarehouseBuild(w.spark()).run(BuildOptions.defaults().withInput(input.toString())
                .withWarehouse(target));
        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.ignoredFiles()).containsExactly(input + "/xinxiang-budget-2026.pptx");

        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection seed = w.open(); Connection built = DriverManager.getConnection("jdbc:duckdb:" + target, ro)) {
            for (String[] pair : List.of(new String[]{"xinxiang-final-2024.html", final2024.getFileName().toString()},
                    new String[]{"xinxiang-budget-2026.md", budget2026.getFileName().toString()},
                    new String[]{"xixiang-budget-2024.csv", xixiang2024.getFileName().toString()},
                    new String[]{"gaoping-final-2024.xlsx", gaoping2024.getFileName().toString()})) {
                List<Map<String, Object>> expected = Sql.rows(seed, Sql.DOCUMENT_RECORDS, Sql.docIdOf(seed, pair[1]));
                assertThat(((Number) expected.get(0).get("items")).longValue()).isGreaterThan(100);
                assertThat(Sql.rows(built, Sql.DOCUMENT_RECORDS, Sql.docIdOf(built, pair[0]))).as(pair[0])
                        .isEqualTo(expected);
            }
            assertThat(Sql.rows(built, "SELECT kind FROM parse_issues WHERE kind IN ('html_page_read', 'html_tables_read',"
                    + " 'csv_tables_read', 'workbook_read') ORDER BY kind")).extracting(r -> r.get("kind"))
                    .containsExactly("csv_tables_read", "html_page_read", "html_tables_read", "workbook_read");
            assertThat(Sql.rows(built, "SELECT encoding FROM documents WHERE source_path LIKE '%.xlsx'"))
                    .extracting(r -> r.get("encoding")).containsExactly("xlsx");
            Sql.assertSameRows(seed, built, List.of(
                    "SELECT subject, budget, actual, rate, budget_basis, source FROM execution_rates"
                            + " WHERE department_id = '新乡县医疗保障局' AND fiscal_year = 2024 ORDER BY ALL",
                    "SELECT dimension, code, amount, share FROM structure_shares WHERE department_id = '新乡县医疗保障局'"
                            + " ORDER BY ALL",
                    "SELECT fiscal_year, category, measure, amount FROM three_public_series"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL",
                    "SELECT doc_kind, dimension, code, amount, share FROM structure_shares"
                            + " WHERE department_id = '西乡县医疗保险业务经办中心' ORDER BY ALL",
                    "SELECT subject, budget, actual, rate, budget_basis, source FROM execution_rates"
                            + " WHERE department_id = '高平市医疗保险服务中心' ORDER BY ALL"));
        }
    }

    private static Path seed(String prefix) throws Exception {
        try (var s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** The seed's lines in runs: tab-separated lines (a table) apart from the others. */
    private static List<List<String>> blocks(Path seed) throws Exception {
        List<List<String>> blocks = new ArrayList<>();
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            boolean table = line.indexOf('\t') >= 0;
            if (blocks.isEmpty() || isTable(blocks.get(blocks.size() - 1)) != table) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(line);
        }
        return blocks;
    }

    private static boolean isTable(List<String> block) {
        return block.get(0).indexOf('\t') >= 0;
    }

    /** Each line a row; {@code <table>} opens on the first row's line and closes on the last's. */
    private static List<String> tableRows(List<String> block) {
        List<String> rows = new ArrayList<>();
        for (String line : block) {
            StringBuilder tr = new StringBuilder("<tr>");
            for (String cell : line.split("\t", -1)) {
                tr.append("<td>").append(escape(cell.strip())).append("</td>");
            }
            rows.add(tr.append("</tr>").toString());
        }
        rows.set(0, "<table>" + rows.get(0));
        rows.set(rows.size() - 1, rows.get(rows.size() - 1) + "</table>");
        return rows;
    }

    /** Each line a row of comma-separated fields, as many as the block's widest row, a field with a comma quoted. */
    private static List<String> csvRows(List<String> block) {
        int width = block.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(0);
        List<String> rows = new ArrayList<>();
        for (String line : block) {
            String[] cells = line.split("\t", -1);
            List<String> fields = new ArrayList<>();
            for (int k = 0; k < Math.max(3, width); k++) {
                String cell = k < cells.length ? cells[k].strip() : "";
                fields.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            rows.add(String.join(",", fields));
        }
        return rows;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
