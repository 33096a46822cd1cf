package org.fiscallens.jobs;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: runs a parameterised query and returns rows as column → value maps. */
final class Sql {
    private Sql() {
    }

    static List<Map<String, Object>> rows(Connection conn, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /**
     * One row per document (bound: its doc_id): department, year, kind and layout, and how many line items, narrative
     * facts and 三公 rows it gave, with the sum of its line items.
     */
    static final String DOCUMENT_RECORDS = "SELECT d.department_id, d.fiscal_year, d.doc_kind, d.layout, "
            + "(SELECT count(*) FROM line_items l WHERE l.doc_id = d.doc_id) AS items, "
            + "(SELECT count(*) FROM narrative_facts f WHERE f.doc_id = d.doc_id) AS facts, "
            + "(SELECT count(*) FROM three_public t WHERE t.doc_id = d.doc_id) AS three_public, "
            + "(SELECT sum(amount) FROM line_items l WHERE l.doc_id = d.doc_id) AS total "
            + "FROM documents d WHERE d.doc_id = ?";

    /** The doc_id of the one document whose source path ends with {@code fileName}; fails when not exactly one. */
    static String docIdOf(Connection conn, String fileName) throws SQLException {
        List<Map<String, Object>> r = rows(conn, "SELECT doc_id FROM documents WHERE source_path LIKE ?", "%" + fileName);
        if (r.size() != 1) {
            throw new IllegalStateException(r.size() + " documents named " + fileName);
        }
        return (String) r.get(0).get("doc_id");
    }

    /** Each query gives rows in {@code seed}, and the same rows in {@code built}. */
    static void assertSameRows(Connection seed, Connection built, List<String> queries) throws SQLException {
        for (String query : queries) {
            List<Map<String, Object>> expected = rows(seed, query);
            org.assertj.core.api.Assertions.assertThat(expected).as(query).isNotEmpty();
            org.assertj.core.api.Assertions.assertThat(rows(built, query)).as(query).isEqualTo(expected);
        }
    }

    static BigDecimal dec(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
