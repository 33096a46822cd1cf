package org.fiscallens.jobs.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warehouse contract, read from the DDL resource {@code warehouse/schema.sql}: the one place that
 * names every table and column. Spark row schemas and DuckDB loads are derived from it.
 */
public record WarehouseSchema(String ddl, List<TableDef> tables) implements Serializable {
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*)\\)", Pattern.DOTALL);

    public WarehouseSchema {
        tables = List.copyOf(tables);
    }

    /** The contract shipped with this module. */
    public static WarehouseSchema contract() {
        try (InputStream in = WarehouseSchema.class.getResourceAsStream("/warehouse/schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("resource /warehouse/schema.sql missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read warehouse/schema.sql", e);
        }
    }

    static WarehouseSchema parse(String ddl) {
        String code = ddl.replaceAll("--[^\\n]*", "");
        List<TableDef> tables = new ArrayList<>();
        for (String statement : code.split(";")) {
            Matcher m = CREATE.matcher(statement.strip());
            if (m.matches()) {
                tables.add(new TableDef(m.group(1), columns(m.group(2))));
            }
        }
        return new WarehouseSchema(ddl, tables);
    }

    private static List<ColumnDef> columns(String body) {
        List<ColumnDef> columns = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : (body + ",").toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                String[] parts = current.toString().strip().split("\\s+");
                if (parts.length >= 2) {
                    columns.add(new ColumnDef(parts[0], parts[1]));
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return columns;
    }

    public TableDef table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("warehouse contract has no table " + name));
    }
}
