package org.fiscallens.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bulk-loads staged Parquet into a DuckDB warehouse file: the contract DDL first (so every column has the
 * contract's type), then one {@code INSERT … BY NAME SELECT … FROM read_parquet(…)} per table — never
 * row-by-row inserts. Row order does not depend on Spark's task order: record tables keep the order the parse
 * job staged them in (input order, then the parser's order; files are read in name order with DuckDB's
 * insertion order preserved), and metric results, which come out of shuffles, are sorted on load.
 */
public final class WarehouseLoader {
    private final WarehouseSchema schema;

    public WarehouseLoader(WarehouseSchema schema) {
        this.schema = schema;
    }

    /** Creates every contract table (empty) in {@code conn}. */
    public void createTables(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String statement : schema.ddl().replaceAll("--[^\\n]*", "").split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
        }
    }

    /**
     * Appends the rows of one record table from the staged Parquet folder ({@code <recordsDir>/<table>}: one flat
     * file per parse task, the parse stage already dropped records emitted twice), files in name order with
     * insertion order preserved, which is input order and then the parser's order. Returns the rows loaded; 0
     * when nothing was staged.
     */
    public long loadStagedRecords(Connection conn, Path recordsDir, String table) throws SQLException {
        Path dir = recordsDir.resolve(table);
        if (!hasParquet(dir)) {
            return 0;
        }
        try (Statement st = conn.createStatement()) {
            st.execute("SET preserve_insertion_order = true");
            return st.executeUpdate("INSERT INTO " + table + " BY NAME SELECT * FROM read_parquet(" + fileList(dir) + ")");
        }
    }

    /** Appends the rows of a flat Parquet folder (a metric's output) into {@code table}. */
    public long loadFlat(Connection conn, Path dir, String table) throws SQLException {
        if (!hasParquet(dir)) {
            return 0;
        }
        return insertSorted(conn, table, "SELECT * FROM read_parquet('" + glob(dir) + "')");
    }

    private long insertSorted(Connection conn, String table, String select) throws SQLException {
        String order = SortKeys.orderBy(schema.table(table));
        try (Statement st = conn.createStatement()) {
            return st.executeUpdate("INSERT INTO " + table + " BY NAME SELECT * FROM (" + select + ") ORDER BY " + order);
        }
    }

    /** Row counts of every contract table, in contract order. */
    public Map<String, Long> counts(Connection conn) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = conn.createStatement()) {
            for (TableDef t : schema.tables()) {
                try (var rs = st.executeQuery("SELECT count(*) FROM " + t.name())) {
                    rs.next();
                    counts.put(t.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The Parquet files of {@code dir} in name order (the parse job's task order), as a DuckDB list literal. */
    private static String fileList(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).map(Path::toAbsolutePath)
                    .map(Path::toString).sorted().map(p -> "'" + p.replace("'", "''") + "'")
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String glob(Path dir) {
        return dir.toAbsolutePath().toString().replace("'", "''") + "/*.parquet";
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
