package org.fiscallens.web.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parsed command line of the {@code query} command.
 *
 * @param warehouse the DuckDB file, opened read-only
 * @param format    output format (CSV unless {@code --format json}; batch mode is always JSON)
 * @param batch     {@code --batch}: standard input holds a JSON object of named queries
 * @param sql       the SQL text, or {@code null} when it is read from standard input
 * @param params    values for the {@code ?} placeholders, in order, as text (DuckDB casts them)
 * @param help      {@code --help} was given
 */
record QueryArguments(Path warehouse, QueryFormat format, boolean batch, String sql, List<String> params,
                      boolean help) {

    static final String USAGE = """
            usage: query --warehouse FILE [--format csv|json] [--param VALUE]... [SQL | -]
                   query --warehouse FILE --batch  < {"name": "SQL" | {"sql": "SQL", "params": [...]}, ...}
            Runs SQL against the Fiscal Lens DuckDB warehouse opened read-only and prints the result
            (CSV with a header by default). Without SQL (or with '-') the SQL is read from standard input
            as UTF-8. --param binds the ? placeholders in order. --batch runs several named queries in one
            process and prints one JSON object keyed by name. --warehouse defaults to $FISCAL_LENS_WAREHOUSE.
            Exit status: 0 ok, 1 query or warehouse error, 2 usage error.""";

    /** Parses {@code args}; {@code env} supplies {@code FISCAL_LENS_WAREHOUSE} when {@code --warehouse} is absent. */
    static QueryArguments parse(String[] args, Map<String, String> env) {
        Path warehouse = null;
        QueryFormat format = null;
        boolean batch = false;
        boolean help = false;
        List<String> params = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--warehouse" -> warehouse = Path.of(value(args, ++i, arg));
                case "--format" -> format = QueryFormat.parse(value(args, ++i, arg));
                case "--param" -> params.add(value(args, ++i, arg));
                case "--batch" -> batch = true;
                case "-h", "--help" -> help = true;
                case "--" -> {
                    positional.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (help) {
            return new QueryArguments(warehouse, QueryFormat.CSV, false, null, List.of(), true);
        }
        if (warehouse == null) {
            String fromEnv = env.get("FISCAL_LENS_WAREHOUSE");
            if (fromEnv == null || fromEnv.isBlank()) {
                throw new UsageException("--warehouse FILE is required (or set FISCAL_LENS_WAREHOUSE)");
            }
            warehouse = Path.of(fromEnv);
        }
        if (positional.size() > 1) {
            throw new UsageException("give the SQL as one argument (quote it), not " + positional.size()
                    + " words: " + String.join(" ", positional));
        }
        String sql = positional.isEmpty() || positional.get(0).equals("-") ? null : positional.get(0);
        if (batch) {
            if (format == QueryFormat.CSV) {
                throw new UsageException("--batch prints JSON; --format csv cannot be combined with it");
            }
            if (sql != null || !params.isEmpty()) {
                throw new UsageException("--batch reads its queries and parameters from standard input only");
            }
            format = QueryFormat.JSON;
        }
        if (sql != null && sql.isBlank()) {
            throw new UsageException("the SQL argument is empty");
        }
        return new QueryArguments(warehouse, format == null ? QueryFormat.CSV : format, batch, sql,
                List.copyOf(params), false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }
}
