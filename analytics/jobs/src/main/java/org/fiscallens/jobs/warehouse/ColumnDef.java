package org.fiscallens.jobs.warehouse;

import java.io.Serializable;

/**
 * One column of the warehouse contract.
 *
 * @param name    column name as readers use it
 * @param sqlType the DuckDB type as the contract declares it, e.g. {@code VARCHAR}, {@code DECIMAL(18,2)}
 */
public record ColumnDef(String name, String sqlType) implements Serializable {
}
