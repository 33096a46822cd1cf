package org.fiscallens.ingest.table;

import org.fiscallens.ingest.source.DataResource;

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
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).pattern().matcher(compactHeader).find()) {
                return Optional.of(rules.get(i).role());
            }
        }
        return Optional.empty();
    }

    private static ColumnRoles load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (DataResource.Line data : DataResource.lines(ColumnRoles.class, resource)) {
            String line = data.text();
            String[] f = line.split("\t");
            rules.add(new Rule(Column.Role.valueOf(f[0].toUpperCase()), Pattern.compile(f[1])));
        }
        return new ColumnRoles(rules);
    }
}
