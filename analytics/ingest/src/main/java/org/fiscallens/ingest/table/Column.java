package org.fiscallens.ingest.table;

/**
 * What one column of a table holds, as read from its header.
 *
 * @param index     position (cell index for tab tables, anchor index for space-aligned tables)
 * @param role      what the cells are
 * @param measure   canonical measure for {@link Role#MEASURE} columns (category key in 三公 tables), else null
 * @param group     column group (收入 | 支出, 本年收入 | 上年结转结余, 预算数 | 决算数), or null
 * @param codeClass classification of a {@link Role#CODE} column's codes, else null
 * @param segment   index of the side-by-side segment (code/name/amounts) the column belongs to
 * @param header    the header texts of the column joined top to bottom, for messages
 */
record Column(int index, Role role, String measure, String group, String codeClass, int segment, String header) {
    enum Role { CODE, NAME, ROWNO, DEPT, IGNORE, MEASURE, UNKNOWN }

    Column withMeasure(String m) {
        return new Column(index, role, m, group, codeClass, segment, header);
    }

    Column withGroup(String g) {
        return new Column(index, role, measure, g, codeClass, segment, header);
    }
}
