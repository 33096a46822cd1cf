package org.fiscallens.web.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * A DuckDB warehouse file opened read-only: statements that would write are refused by DuckDB, and
 * several readers (the dashboard, notebooks, this command) may hold the file at the same time. A build
 * publishes a new file by renaming, so a reader keeps the version it opened.
 */
final class ReadOnlyWarehouse implements AutoCloseable {
    private static final String PENDING_PREFIX =
            "Invalid Input Error: Attempting to execute an unsuccessful or closed pending query result\nError: ";

    private final Path file;
    private final Connection connection;

    private ReadOnlyWarehouse(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file}; the exception names the file and says whether it is missing, not DuckDB or locked. */
    static ReadOnlyWarehouse open(Path file) throws QueryException {
        if (!Files.exists(file)) {
            throw new QueryException("warehouse not found: " + file.toAbsolutePath()
                    + " (build it with org.fiscallens.jobs.BuildCommand, or run .ci/serve)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new QueryException("warehouse is not a readable file: " + file.toAbsolutePath());
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            return new ReadOnlyWarehouse(file, DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties));
        } catch (SQLException e) {
            String reason = clean(e.getMessage());
            if (reason.contains("lock")) {
                reason += " — another process (a running build?) has the file open for writing";
            }
            throw new QueryException("cannot open warehouse " + file.toAbsolutePath() + ": " + reason, e);
        }
    }

    /** Prepares and runs {@code query}; the exception names the query and carries DuckDB's message. */
    ResultSet execute(NamedQuery query) throws QueryException {
        try {
            PreparedStatement statement = connection.prepareStatement(query.sql());
            List<Object> params = query.params();
            int expected = statement.getParameterMetaData().getParameterCount();
            if (expected != params.size()) {
                statement.close();
                throw new QueryException(where(query) + "the SQL has " + expected + " ? placeholder(s) but "
                        + params.size() + " parameter value(s) were given");
            }
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            statement.closeOnCompletion();
            if (!statement.execute()) {
                statement.close();
                throw new QueryException(where(query) + "the statement returned no result set");
            }
            return statement.getResultSet();
        } catch (SQLException e) {
            throw new QueryException(where(query) + clean(e.getMessage()), e);
        }
    }

    private String where(NamedQuery query) {
        return "query '" + query.name() + "' on " + file.getFileName() + " failed: ";
    }

    /** DuckDB's JDBC driver prefixes planner errors with a generic line; keep only the real reason. */
    static String clean(String message) {
        if (message == null) {
            return "unknown DuckDB error";
        }
        String text = message.startsWith(PENDING_PREFIX) ? message.substring(PENDING_PREFIX.length()) : message;
        return text.strip();
    }

    @Override
    public void close() throws QueryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new QueryException("closing warehouse " + file + ": " + clean(e.getMessage()), e);
        }
    }
}
