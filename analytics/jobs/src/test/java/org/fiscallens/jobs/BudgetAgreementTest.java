package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two documents of one department contradicting each other: 新乡's 2024 final account states its initial budget
 * (年初预算) as 747.24 万元, and a 2024 budget document of the same department — here 新乡's 2026 budget seed with
 * its years moved back two, so it budgets 1029.36 万元 — says otherwise. The build reports it as a failed
 * {@code budget_agreement} check on the final account, naming both figures and the budget document's line.
 */
@ExtendWith(SeedWarehouse.class)
class BudgetAgreementTest {
    private static final Path SEEDS = Path.of(System.getProperty("fiscallens.disclosures", "data/disclosures"));

    @Test
    void aFinalAccountContradictingItsBudgetDocumentIsReported(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(seed("000"), input.resolve("xinxiang_2024_final.txt"));
        String budget2026 = Files.readString(seed("002"), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("xinxiang_2024_budget.txt"),
                budget2026.replace("2026", "2024").replace("2025", "2023"), StandardCharsets.UTF_8);

        new WarehouseBuild(w.spark()).run(BuildOptions.defaults().withInput(input.toString())
                .withWarehouse(dir.resolve("w.duckdb")));

        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"), ro)) {
            List<Map<String, Object>> checks = Sql.rows(c, "SELECT c.*, d.doc_kind FROM checks c JOIN documents d USING (doc_id)"
                    + " WHERE rule = 'budget_agreement' AND check_id = 'budget_agreement:general_budget:total'");
            assertThat(checks).singleElement().satisfies(ch -> {
                assertThat(ch.get("doc_kind")).isEqualTo("final");
                assertThat(ch.get("passed")).isEqualTo(false);
                assertThat(ch.get("severity")).isEqualTo("error");
                assertThat(Sql.dec(ch.get("actual"))).isEqualByComparingTo("7472400");
                assertThat(Sql.dec(ch.get("expected"))).isEqualByComparingTo("10293600");
                assertThat((String) ch.get("message_zh")).startsWith("一般公共预算财政拨款支出：决算所述年初预算为747.24万元，预算文件（")
                        .endsWith("）为1029.36万元。");
            });
            // the seeds alone have no department with both documents of one year: no such check there
            try (Connection seed = w.open()) {
                assertThat(Sql.rows(seed, "SELECT * FROM checks WHERE rule = 'budget_agreement'")).isEmpty();
            }
        }
    }

    private static Path seed(String prefix) throws Exception {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
