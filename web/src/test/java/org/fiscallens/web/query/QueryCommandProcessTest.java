package org.fiscallens.web.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The query command against other processes' files: a build holding the lock, and the seed warehouse. */
class QueryCommandProcessTest {

    @Test
    void aWarehouseLockedByAWriterIsExplained(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("building.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE documents (doc_id VARCHAR)");
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WarehouseWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            String first = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(first).isEqualTo("holding");
            QueryCommandTest.Result r = QueryCommandTest.run("", "--warehouse", file.toString(), "SELECT * FROM documents");
            assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
            assertThat(r.err()).contains("cannot open warehouse").contains("building.duckdb").contains("lock")
                    .contains("open for writing");
        } finally {
            writer.getOutputStream().close();
            writer.waitFor();
        }
        assertThat(QueryCommandTest.run("", "--warehouse", file.toString(), "SELECT count(*) AS n FROM documents").out())
                .isEqualTo("n\n0\n");
    }

    @Test
    void seedWarehouseAnswersTheExecutionRateOfXinxiang2024() {
        String seed = System.getProperty("fiscallens.warehouse");
        assumeTrue(seed != null && Files.exists(Path.of(seed)), "seed warehouse not built (mvn package of analytics/jobs)");
        QueryCommandTest.Result r = QueryCommandTest.run("""
                SELECT r.budget, r.actual, r.rate
                FROM execution_rates r JOIN documents d ON d.doc_id = r.doc_id
                WHERE d.department_name = '新乡县医疗保障局' AND r.fiscal_year = 2024 AND r.subject = 'total'
                  AND r.budget_basis = 'initial' AND r.source = 'final_narrative' AND r.measure = 'general_budget'""", Map.of(), "--warehouse", seed);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("budget,actual,rate\n7472400.00,7196800.00,0.9631\n");
    }
}
