package org.fiscallens.jobs.metrics;

import org.fiscallens.jobs.warehouse.WarehouseSchema;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code metrics/staff_counts.sql} on hand-made facts, in DuckDB (the seeds never state two headcounts; Spark runs
 * the same file, and {@code DuckDbParityTest} compares the engines on the seeds): the headcount a document states
 * most is kept together with the line that states it.
 */
class StaffCountsSqlTest {
    @Test
    void theLargestHeadcountKeepsItsOwnLineAndAuthorisedPostsAreNoHeadcount() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String ddl : WarehouseSchema.contract().ddl().replaceAll("--[^\\n]*", "").split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
            s.execute("INSERT INTO narrative_facts (doc_id, department_id, fiscal_year, statement, subject, fact_kind,"
                    + " value, unit, source_line) VALUES"
                    + " ('a', 'A局', 2024, 'staff', 'actual', 'count', 21, '人', 12),"
                    + " ('a', 'A局', 2024, 'staff', 'actual', 'count', 23, '人', 40),"
                    + " ('a', 'A局', 2024, 'staff', 'actual', 'count', 23, '人', 55),"
                    + " ('a', 'A局', 2024, 'staff', 'authorized', 'count', 30, '人', 11),"
                    + " ('b', 'B中心', 2024, 'staff', 'authorized', 'count', 9, '人', 7),"
                    + " ('c', 'C局', 2025, 'staff', 'actual', 'count', 0, '人', 5)");
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT * FROM (" + MetricCatalog.sql("staff_counts") + ") ORDER BY doc_id")) {
                while (r.next()) {
                    rows.add(r.getString("doc_id") + " " + r.getInt("staff") + " @" + r.getInt("source_line"));
                }
            }
            assertThat(rows).containsExactly("a 23 @40");
        }
    }
}
