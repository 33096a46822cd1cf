package org.fiscallens.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Header texts that make a column a code, name, 行次, department-code or ignored column rather than an amount
 * column (resource {@code ingest/tables/column-roles.tsv}).
 */
final class ColumnRoles {
    private static final ColumnRoles STANDARD = load("/ingest/tables/column-roles.tsv");

    private record Rule(Column.Role role, Pattern pattern) {
    }

    private final List<Rule> rules;

    private ColumnRoles(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static ColumnRoles standard() {
        return STANDARD;
    }

    Optional<Column.Role> roleOf(String compactHeader) {
        return rules.stream().filter(r -> r.pattern().matcher(compactHeader).find()).map(Rule::role).findFirst();
    }

    private static ColumnRoles load(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = ColumnRoles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rules.add(new Rule(Column.Role.valueOf(f[0].toUpperCase()), Pattern.compile(f[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new ColumnRoles(rules);
    }
}
