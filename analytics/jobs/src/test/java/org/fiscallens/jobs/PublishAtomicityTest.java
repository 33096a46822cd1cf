package org.fiscallens.jobs;

import org.fiscallens.jobs.warehouse.BuildFailedException;
import org.fiscallens.jobs.warehouse.WarehouseLoader;
import org.fiscallens.jobs.warehouse.WarehousePublisher;
import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.fiscallens.jobs.warehouse.WarehouseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A build that dies half-way (an exception in the middle of loading, or a killed process that leaves its
 * temp file) never touches the published warehouse: it stays readable, byte for byte unchanged.
 */
@ExtendWith(SeedWarehouse.class)
class PublishAtomicityTest {
    private final WarehouseSchema schema = WarehouseSchema.contract();

    @Test
    void aBuildDyingHalfWayLeavesThePreviousWarehouseIntact(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("disclosures.duckdb");
        Files.copy(w.file(), target);
        String before = sha256(target);

        WarehousePublisher publisher = new WarehousePublisher(new WarehouseValidator(schema));
        assertThatThrownBy(() -> publisher.publish(target, temp -> {
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + temp);
                 Statement st = conn.createStatement()) {
                new WarehouseLoader(schema).createTables(conn);
                st.execute("INSERT INTO documents (doc_id) VALUES ('half-built')");
            }
            throw new IllegalStateException("simulated crash while loading line_items");
        })).isInstanceOf(BuildFailedException.class).hasMessageContaining("simulated crash")
                .hasMessageContaining("previous warehouse kept");

        assertThat(sha256(target)).isEqualTo(before);
        assertThat(readable(target)).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("disclosures.duckdb.last-failure.txt"))).contains("simulated crash");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".building-"));
        }
    }

    @Test
    void anIncompleteWarehouseFailsValidationAndIsNotPublished(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("disclosures.duckdb");
        Files.copy(w.file(), target);
        String before = sha256(target);
        WarehousePublisher publisher = new WarehousePublisher(new WarehouseValidator(schema));
        assertThatThrownBy(() -> publisher.publish(target, temp -> {
            try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + temp);
                 Statement st = conn.createStatement()) {
                st.execute("CREATE TABLE documents (doc_id VARCHAR)");
            }
        })).isInstanceOf(BuildFailedException.class).hasMessageContaining("validation failed")
                .hasMessageContaining("table line_items is missing");
        assertThat(sha256(target)).isEqualTo(before);
    }

    @Test
    void aKilledBuildsTempFileIsRemovedByTheNextBuild(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("disclosures.duckdb");
        Files.copy(w.file(), target);
        // what `kill -9` during a build leaves behind: a half-written temp file of a process that is gone
        long deadPid = ProcessHandle.current().pid() + 1_000_000;
        Path abandoned = dir.resolve(".disclosures.duckdb.building-" + deadPid);
        Files.write(abandoned, new byte[]{1, 2, 3});
        assertThat(readable(target)).isEqualTo(5);

        new WarehousePublisher(new WarehouseValidator(schema)).publish(target, temp -> Files.copy(w.file(), temp));
        assertThat(abandoned).doesNotExist();
        assertThat(readable(target)).isEqualTo(5);
    }

    /** The report says where the parse stage went: the tasks' steps and the JIT beside them (what the benchmark prints). */
    @Test
    void theReportTimesTheParseTasksAndTheJit(SeedWarehouse.Built w) {
        Map<String, Long> tasks = w.report().taskMillis();
        assertThat(tasks).containsKeys("parse.read", "parse.parse", "parse.rows", "parse.jit");
        assertThat(tasks.get("parse.parse")).as("decode + parse of five documents").isPositive();
        assertThat(tasks.get("parse.jit")).as("compiler-thread ms during the parse stage").isNotNegative();
    }

    /**
     * The seed build ran the small-input plan (one partition, no shuffles, interpreted projections) with one
     * parse task per document, and ran its metrics two at a time; this one forces four shuffle partitions, the plan
     * large inputs get, two parse tasks, and one metric after another. Same content either way, and record tables
     * in the same row order: input order, then line.
     */
    @Test
    void aSecondBuildOfTheSameInputsHasTheSameContent(SeedWarehouse.Built w, @TempDir Path dir) throws Exception {
        Path again = dir.resolve("again.duckdb");
        BuildReport second = new WarehouseBuild(w.spark()).run(BuildOptions.defaults()
                .withInput(System.getProperty("fiscallens.disclosures", "data/disclosures")).withWarehouse(again)
                .withPartitions(4).withMaxTasks(2).withMetricJobs(1));
        assertThat(BuildOptions.defaults().metricJobs()).isEqualTo(2);
        assertThat(second.contentHash()).isEqualTo(w.report().contentHash());
        assertThat(second.rows()).isEqualTo(w.report().rows());
        String stored = "SELECT l.doc_id, l.line_no, d.source_path FROM document_lines l JOIN documents d USING (doc_id) "
                + "ORDER BY l.rowid";
        List<Map<String, Object>> order;
        try (Connection c = w.open()) {
            order = Sql.rows(c, stored);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + again, readOnly())) {
            assertThat(Sql.rows(c, stored)).as("document_lines row order").isEqualTo(order);
        }
        List<Map<String, Object>> inInputOrder = new java.util.ArrayList<>(order);
        inInputOrder.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (String) r.get("source_path"))
                .thenComparing(r -> ((Number) r.get("line_no")).intValue()));
        assertThat(order).as("document_lines stored in input order, then line").isEqualTo(inInputOrder);
        try (Connection c = w.open()) {
            for (String table : List.of("line_items", "narrative_facts", "three_public", "checks", "yoy_changes",
                    "execution_rates", "structure_shares", "three_public_series", "anomalies")) {
                List<Map<String, Object>> dup = Sql.rows(c, "SELECT count(*) - count(DISTINCT t) AS d FROM " + table + " t");
                assertThat(((Number) dup.get(0).get("d")).longValue()).as("duplicate rows in " + table).isZero();
            }
            List<Map<String, Object>> ids = Sql.rows(c, "SELECT count(*) - count(DISTINCT (doc_id, check_id)) AS d FROM checks "
                    + "WHERE rule IN ('stated_share', 'stated_change_pct', 'yoy_prior_agreement')");
            assertThat(((Number) ids.get(0).get("d")).longValue()).as("duplicate metric check ids").isZero();
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static long readable(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM documents")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
