/**
 * The {@code query} command: SQL over the DuckDB warehouse, opened read-only, results as CSV or JSON.
 *
 * <p>This is the bridge that lets tools without a DuckDB driver (the Jupyter notebooks, shell scripts,
 * spreadsheets) read the warehouse through its documented schema instead of keeping a second copy of
 * the data. {@link org.fiscallens.web.query.QueryCommand} is the entry point; a batch mode runs several
 * named queries in one JVM so a notebook pays the start-up cost once.
 */
package org.fiscallens.web.query;
