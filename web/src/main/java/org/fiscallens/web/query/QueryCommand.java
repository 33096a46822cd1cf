package org.fiscallens.web.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@code query --warehouse FILE [--format csv|json] [--param V]... [SQL]}: runs SQL against the warehouse
 * opened read-only and prints the result to standard output (CSV with a header unless {@code --format json}).
 * SQL comes from the argument or, when absent or {@code -}, from standard input (UTF-8, which avoids
 * the platform's argument encoding for Chinese literals). {@code --batch} reads a JSON object of named
 * queries from standard input and prints one JSON object of results keyed by the same names, in one JVM.
 *
 * <p>Output is UTF-8 whatever the platform locale. Errors go to standard error as one line naming the
 * problem (missing warehouse, locked file, DuckDB's parser or catalog message with the query's name);
 * exit status 0 ok, 1 query or warehouse error, 2 usage error. Nothing is written to standard output for
 * a query DuckDB rejects; in batch mode nothing is printed unless every query succeeds.
 */
public final class QueryCommand {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private QueryCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams and environment; returns the exit status. */
    static int run(String[] args, Map<String, String> env, InputStream in, OutputStream out, PrintStream err) {
        QueryArguments arguments;
        List<NamedQuery> queries;
        try {
            arguments = QueryArguments.parse(args, env);
            if (arguments.help()) {
                err.println(QueryArguments.USAGE);
                return OK;
            }
            queries = queries(arguments, in);
        } catch (UsageException e) {
            err.println("query: " + e.getMessage());
            err.println(QueryArguments.USAGE);
            return USAGE;
        } catch (IOException e) {
            err.println("query: cannot read SQL from standard input: " + e.getMessage());
            return USAGE;
        }
        try (ReadOnlyWarehouse warehouse = ReadOnlyWarehouse.open(arguments.warehouse())) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (arguments.batch()) {
                // Buffered so that a failing query never leaves half a JSON document on standard output.
                StringWriter buffer = new StringWriter();
                writeBatch(warehouse, queries, buffer);
                writer.write(buffer.toString());
            } else {
                // Errors in the SQL surface at execute(), before the first byte is written.
                try (ResultSet rows = warehouse.execute(queries.get(0))) {
                    if (arguments.format() == QueryFormat.JSON) {
                        try (JsonGenerator json = jsonGenerator(writer)) {
                            new JsonResultWriter(json).write(rows);
                        }
                        writer.write('\n');
                    } else {
                        new CsvResultWriter(writer).write(rows);
                    }
                }
            }
            writer.flush();
            return OK;
        } catch (QueryException e) {
            err.println("query: " + e.getMessage());
            return FAILED;
        } catch (SQLException e) {
            err.println("query: reading the result failed: " + ReadOnlyWarehouse.clean(e.getMessage()));
            return FAILED;
        } catch (IOException e) {
            err.println("query: writing the result failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static List<NamedQuery> queries(QueryArguments arguments, InputStream in) throws IOException {
        if (arguments.batch()) {
            return BatchRequest.parse(readAll(in));
        }
        String sql = arguments.sql() != null ? arguments.sql() : readAll(in);
        if (sql.isBlank()) {
            throw new UsageException("no SQL given (pass it as the last argument or on standard input)");
        }
        return List.of(new NamedQuery("query", sql, List.copyOf(arguments.params())));
    }

    private static void writeBatch(ReadOnlyWarehouse warehouse, List<NamedQuery> queries, Writer out)
            throws QueryException, SQLException, IOException {
        try (JsonGenerator json = jsonGenerator(out)) {
            json.writeStartObject();
            for (NamedQuery query : queries) {
                json.writeFieldName(query.name());
                try (ResultSet rows = warehouse.execute(query)) {
                    new JsonResultWriter(json).write(rows);
                }
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static JsonGenerator jsonGenerator(Writer out) throws IOException {
        return new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
