package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row as read, before its code is resolved and it becomes line items: label, code (if printed), column
 * group and its amounts (already in 元), each with the line it was read from.
 */
final class RowDraft {
    /** One amount of the row. */
    record Amount(String measure, String group, BigDecimal yuan, int line, String raw) {
    }

    /** A column where the row prints an amount that could not be read. */
    record Unread(String measure, String group) {
    }

    final TableRegion region;
    final String tableCode;
    String classification;
    String code;
    String name;
    final String group;
    final List<Amount> amounts = new ArrayList<>();
    /**
     * The columns where the row prints an amount that could not be read (reported as
     * {@code malformed_amount}): the row still holds its label's key there, so a later row of the same label does
     * not take it.
     */
    final List<Unread> unread = new ArrayList<>();
    final int line;
    /**
     * The section named above the table's body ({@code 一、政府采购情况} over its header), or null: the section of the
     * row's column group until a section row of its own ({@link LineItems}).
     */
    String headerSection;
    /** Whether a missing code should be looked up by name (rows of coded tables printed without their code). */
    boolean wantsCode;

    RowDraft(TableRegion region, String tableCode, String classification, String code, String name, String group,
             int line) {
        this.region = region;
        this.tableCode = tableCode;
        this.classification = classification;
        this.code = code;
        this.name = name;
        this.group = group;
        this.line = line;
    }
}
