package org.fiscallens.jobs.warehouse;

import java.io.Serializable;
import java.util.List;

/** One table of the warehouse contract, its columns in declaration order. */
public record TableDef(String name, List<ColumnDef> columns) implements Serializable {
    public TableDef {
        columns = List.copyOf(columns);
    }

    /** Position of {@code column}; throws IllegalArgumentException naming the table when it is not declared. */
    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column);
    }
}
