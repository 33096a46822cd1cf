package org.fiscallens.jobs.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Checks a freshly built warehouse file before it is published: every contract table exists with every
 * contract column, there is at least one document, every fact row points at a known document, and the
 * metric tables hold only fractions where fractions are promised.
 */
public final class WarehouseValidator {
    private final WarehouseSchema schema;

    public WarehouseValidator(WarehouseSchema schema) {
        this.schema = schema;
    }

    /** Opens {@code file} read-only and returns the problems found (empty when it may be published). */
    public List<String> validate(Path file) {
        List<String> problems = new ArrayList<>();
        Properties ro = new Properties();
        ro.setProperty("duckdb.read_only", "true");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), ro);
             Statement st = conn.createStatement()) {
            for (TableDef t : schema.tables()) {
                List<String> present = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = '" + t.name() + "'")) {
                    while (rs.next()) {
                        present.add(rs.getString(1));
                    }
                }
                if (present.isEmpty()) {
                    problems.add("table " + t.name() + " is missing");
                    continue;
                }
                for (ColumnDef c : t.columns()) {
                    if (!present.contains(c.name())) {
                        problems.add("column " + t.name() + "." + c.name() + " is missing");
                    }
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            if (scalar(st, "SELECT count(*) FROM documents") == 0) {
                problems.add("no documents were loaded");
            }
            long dupDocs = scalar(st, "SELECT count(*) - count(DISTINCT doc_id) FROM documents");
            if (dupDocs > 0) {
                problems.add(dupDocs + " duplicate document ids");
            }
            for (String table : List.of("document_lines", "line_items", "narrative_facts", "three_public", "checks")) {
                long orphans = scalar(st, "SELECT count(*) FROM " + table + " WHERE doc_id NOT IN (SELECT doc_id FROM documents)");
                if (orphans > 0) {
                    problems.add(orphans + " rows of " + table + " point at no document");
                }
            }
            long badRates = scalar(st, "SELECT count(*) FROM structure_shares WHERE share < 0 OR share > 1.5");
            if (badRates > 0) {
                problems.add(badRates + " structure shares outside 0..1.5 (percent points stored as fractions?)");
            }
        } catch (SQLException e) {
            problems.add("cannot read the built warehouse: " + e.getMessage());
        }
        return problems;
    }

    private static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
