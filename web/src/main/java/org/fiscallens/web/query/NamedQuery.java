package org.fiscallens.web.query;

import java.util.List;

/**
 * One SQL statement with the values for its {@code ?} placeholders.
 *
 * @param name   the key of this query in batch output ({@code "query"} on the command line)
 * @param sql    the SQL text; when it holds several statements, DuckDB runs them all and the last one's
 *               result is printed
 * @param params placeholder values in order: {@link String}, {@link java.math.BigDecimal}, {@link Long},
 *               {@link Boolean} or {@code null}
 */
record NamedQuery(String name, String sql, List<Object> params) {
    NamedQuery {
        params = params == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }
}
