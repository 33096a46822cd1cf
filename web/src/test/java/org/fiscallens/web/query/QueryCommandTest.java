package org.fiscallens.web.query;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The query command on a warehouse built here from the contract DDL (schema.sql) with constructed rows. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path warehouse;

    @BeforeAll
    static void buildWarehouse() throws Exception {
        warehouse = dir.resolve("disclosures.duckdb");
        String ddl = Files.readString(rootDir().resolve("analytics/jobs/src/main/resources/warehouse/schema.sql"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse); Statement s = c.createStatement()) {
            s.execute(ddl);
            s.execute("""
                    INSERT INTO documents (doc_id, department_id, department_name, fiscal_year, doc_kind, source_unit)
                    VALUES ('d1', 'xx', '新乡县医疗保障局', 2024, 'final', '万元'),
                           ('d2', 'gp', '高平市医疗保险服务中心, "本级"', 2024, 'final', '万元')""");
            s.execute("""
                    INSERT INTO execution_rates (department_id, fiscal_year, subject, subject_name, budget, actual, rate,
                                                 budget_basis, source, doc_id, source_line, reason)
                    VALUES ('xx', 2024, 'total', '一般公共预算财政拨款', 7472400.00, 7196800.00, 0.9631,
                            'initial', 'final_narrative', 'd1', 120, NULL),
                           ('xx', 2024, '2101599', '其他医疗保障管理事务支出', 90000.00, 247800.00, 2.7533,
                            'initial', 'final_narrative', 'd1', 131, '主要原因是增加信息化项目,
                    年中追加')""");
        }
    }

    static Path rootDir() {
        String disclosures = System.getProperty("fiscallens.disclosures");
        return disclosures != null ? Path.of(disclosures).getParent().getParent() : Path.of("..").toAbsolutePath().normalize();
    }

    record Result(int status, String out, String err) {
    }

    static Result run(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QueryCommand.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    @Test
    void printsCsvWithHeaderExactDecimalsQuotingAndEmptyNulls() {
        Result r = run("", "--warehouse", warehouse.toString(),
                "SELECT subject, budget, actual, rate, reason FROM execution_rates ORDER BY subject");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                subject,budget,actual,rate,reason
                2101599,90000.00,247800.00,2.7533,"主要原因是增加信息化项目,
                年中追加"
                total,7472400.00,7196800.00,0.9631,
                """);
    }

    @Test
    void quotesFieldsWithQuotes() {
        Result r = run("", "--warehouse", warehouse.toString(), "SELECT department_name FROM documents WHERE doc_id = 'd2'");
        assertThat(r.out()).isEqualTo("department_name\n\"高平市医疗保险服务中心, \"\"本级\"\"\"\n");
    }

    @Test
    void readsSqlFromStandardInputAsUtf8() {
        Result r = run("SELECT doc_id FROM documents WHERE department_name = '新乡县医疗保障局'",
                "--warehouse", warehouse.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("doc_id\nd1\n");
    }

    @Test
    void warehouseDefaultsToEnvironment() {
        Result r = run("SELECT count(*) AS n FROM documents", Map.of("FISCAL_LENS_WAREHOUSE", warehouse.toString()));
        assertThat(r.out()).isEqualTo("n\n2\n");
    }

    @Test
    void bindsParametersInOrder() {
        Result r = run("", "--warehouse", warehouse.toString(), "--param", "1.5", "--param", "xx",
                "SELECT subject FROM execution_rates WHERE rate > ? AND department_id = ?");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("subject\n2101599\n");
    }

    @Test
    void printsJsonWithColumnTypesAndExactNumbers() {
        Result r = run("", "--warehouse", warehouse.toString(), "--format", "json",
                "SELECT fiscal_year, subject, rate, budget IS NOT NULL AS known FROM execution_rates WHERE subject = 'total'");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("{\"columns\":[{\"name\":\"fiscal_year\",\"type\":\"INTEGER\"},"
                + "{\"name\":\"subject\",\"type\":\"VARCHAR\"},{\"name\":\"rate\",\"type\":\"DECIMAL(12,4)\"},"
                + "{\"name\":\"known\",\"type\":\"BOOLEAN\"}],"
                + "\"rows\":[[2024,\"total\",0.9631,true]]}\n");
    }

    @Test
    void runsNamedQueriesInOneBatch() {
        String request = """
                {"docs": "SELECT count(*) AS n FROM documents",
                 "above": {"sql": "SELECT subject, actual FROM execution_rates WHERE rate > ? ORDER BY 1", "params": [1.0]}}""";
        Result r = run(request, "--warehouse", warehouse.toString(), "--batch");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("{\"docs\":{\"columns\":[{\"name\":\"n\",\"type\":\"BIGINT\"}],\"rows\":[[2]]},"
                + "\"above\":{\"columns\":[{\"name\":\"subject\",\"type\":\"VARCHAR\"},"
                + "{\"name\":\"actual\",\"type\":\"DECIMAL(18,2)\"}],\"rows\":[[\"2101599\",247800.00]]}}\n");
    }

    @Test
    void batchPrintsNothingWhenOneQueryFailsAndNamesIt() {
        Result r = run("{\"ok\": \"SELECT 1 AS one\", \"broken\": \"SELECT * FROM no_such_table\"}",
                "--warehouse", warehouse.toString(), "--batch");
        assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("query 'broken'").contains("no_such_table").doesNotContain("pending query result");
    }

    @Test
    void missingWarehouseIsNamed() {
        Path missing = dir.resolve("nowhere.duckdb");
        Result r = run("", "--warehouse", missing.toString(), "SELECT 1");
        assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(r.err()).contains("warehouse not found").contains(missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void fileThatIsNotDuckDbIsNamed() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database");
        Result r = run("", "--warehouse", text.toString(), "SELECT 1");
        assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(r.err()).contains("cannot open warehouse").contains("notes.duckdb").contains("not a valid DuckDB database");
    }

    @Test
    void sqlErrorsCarryDuckDbsReason() {
        Result syntax = run("", "--warehouse", warehouse.toString(), "SELEC 1");
        assertThat(syntax.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(syntax.err()).contains("Parser Error").contains("SELEC");
        assertThat(syntax.out()).isEmpty();

        Result column = run("", "--warehouse", warehouse.toString(), "SELECT no_such_column FROM documents");
        assertThat(column.err()).contains("Binder Error").contains("no_such_column");
    }

    @Test
    void refusesToWrite() throws Exception {
        Result r = run("", "--warehouse", warehouse.toString(), "DELETE FROM documents");
        assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(r.err()).contains("read-only");
        assertThat(run("", "--warehouse", warehouse.toString(), "SELECT count(*) AS n FROM documents").out())
                .isEqualTo("n\n2\n");
    }

    @Test
    void parameterCountMismatchIsExplained() {
        Result r = run("", "--warehouse", warehouse.toString(), "SELECT * FROM documents WHERE doc_id = ?");
        assertThat(r.status()).isEqualTo(QueryCommand.FAILED);
        assertThat(r.err()).contains("1 ? placeholder(s) but 0 parameter value(s)");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatToFix() {
        assertThat(run("", Map.of(), "SELECT 1")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(QueryCommand.USAGE);
            assertThat(r.err()).contains("--warehouse FILE is required");
        });
        assertThat(run("", "--warehouse", warehouse.toString(), "--format", "xml", "SELECT 1").err())
                .contains("--format must be csv or json, not 'xml'");
        assertThat(run("", "--warehouse", warehouse.toString(), "--verbose", "SELECT 1").err())
                .contains("unknown option --verbose");
        assertThat(run("   ", "--warehouse", warehouse.toString()).err()).contains("no SQL given");
        assertThat(run("", "--warehouse", warehouse.toString(), "SELECT", "1").err()).contains("as one argument");
        assertThat(run("[1]", "--warehouse", warehouse.toString(), "--batch").err()).contains("non-empty JSON object");
        assertThat(run("{\"a\": 1}", "--warehouse", warehouse.toString(), "--batch").err())
                .contains("query 'a' must be SQL text");
    }
}
