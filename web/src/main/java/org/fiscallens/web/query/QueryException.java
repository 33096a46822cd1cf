package org.fiscallens.web.query;

/**
 * A query could not run: the warehouse is missing, unreadable or locked, or DuckDB rejected the SQL.
 * The message names the file or the query and carries DuckDB's own explanation; the cause is kept.
 */
public final class QueryException extends Exception {
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryException(String message) {
        super(message);
    }
}
