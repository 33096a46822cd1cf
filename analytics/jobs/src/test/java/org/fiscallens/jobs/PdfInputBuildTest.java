package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure as it is published, a PDF, through the real Spark job: 新乡 2024 决算 exported to PDF by LibreOffice
 * (ingest's {@code src/test/resources/pdf/}, see its {@code PdfSeedsTest}) beside 新乡 2026's text gives the figures the
 * seed's text gives in the seed warehouse — execution rates, structure shares with the shares the prose states, the
 * 三公 series and year-over-year changes — each traceable to a line of the PDF's reading. (One 绩效 form's row is cut by
 * a page break, so its project is named by the part of its name before the break.)
 */
@ExtendWith(SeedWarehouse.class)
class PdfInputBuildTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));
    private static final Path PDF = Path.of("../ingest/src/test/resources/pdf/000_3717b7af8d77e38b.pdf");

    @Test
    void aPrintedFinalAccountGivesTheFiguresOfItsText(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(PDF, input.resolve("新乡县医疗保障局2024年部门决算.pdf"));
        try (var s = Files.list(SEEDS)) {
            Path budget = s.filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
            Files.copy(budget, input.resolve(budget.getFileName()));
        }
        Path target = dir.resolve("w.duckdb");
        BuildReport report = new WarehouseBuild(w.spark()).run(BuildOptions.defaults().withInput(input.toString())
                .withWarehouse(target));
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.ignoredFiles()).isEmpty();

        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection seed = w.open(); Connection built = DriverManager.getConnection("jdbc:duckdb:" + target, ro)) {
            assertThat(Sql.rows(built, "SELECT encoding, layout FROM documents WHERE fiscal_year = 2024"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.get("encoding")).isEqualTo("pdf");
                        assertThat(r.get("layout")).isEqualTo("final.standard");
                    });
            Sql.assertSameRows(seed, built, List.of(
                    "SELECT subject, budget, actual, rate, budget_basis, source FROM execution_rates"
                            + " WHERE department_id = '新乡县医疗保障局' AND fiscal_year = 2024"
                            + " AND source <> 'performance_eval' ORDER BY ALL",
                    // 绩效 projects by their figures: one form's row is cut by a page break, its name's end
                    // (伤残警察医疗费（2024 | 年）) printed at the top of the next page
                    "SELECT budget, actual, rate, budget_basis FROM execution_rates WHERE department_id = '新乡县医疗保障局'"
                            + " AND fiscal_year = 2024 AND source = 'performance_eval' ORDER BY ALL",
                    "SELECT dimension, code, amount, share, stated_share, source FROM structure_shares"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL",
                    "SELECT fiscal_year, category, measure, amount FROM three_public_series"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL",
                    "SELECT subject, measure, doc_kind, fiscal_year, value, prior_value, basis FROM yoy_changes"
                            + " WHERE department_id = '新乡县医疗保障局' ORDER BY ALL"));
            // 719.68 / 747.24 from the PDF's prose, on the line that states it
            assertThat(Sql.rows(built, "SELECT l.text FROM execution_rates e JOIN document_lines l ON l.doc_id = e.doc_id"
                    + " AND l.line_no = e.source_line WHERE e.department_id = '新乡县医疗保障局' AND e.fiscal_year = 2024"
                    + " AND e.subject = 'total' AND e.rate = 0.9631")).singleElement()
                    .satisfies(r -> assertThat((String) r.get("text")).contains("747.24", "719.68"));
        }
    }
}
