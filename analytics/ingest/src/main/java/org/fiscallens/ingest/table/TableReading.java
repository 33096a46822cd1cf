package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.AmountText;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The state of reading one table: the document, the region, the unit in force, the lines explained so far,
 * the rows read and the issues met. One per table; not shared between threads.
 */
final class TableReading {
    final SourceDocument doc;
    final List<TableLine> lines;
    final TableRegion region;
    final String unit;
    final String tableCode;
    final BitSet consumed;
    final List<ParseIssue> issues;
    final List<RowDraft> rows = new ArrayList<>();
    /** Tells a row name's wrapped head from the tail of the row above, knowing the document's department. */
    final WrappedName wrapped;
    /** Set when a note declares the table empty (本表无数据); the stated reason, or "" when none is given. */
    String declaredEmpty;
    int declaredEmptyLine;
    private final CutAmounts cutAmounts;

    TableReading(SourceDocument doc, List<TableLine> lines, TableRegion region, String unit, String tableCode,
                 BitSet consumed, List<ParseIssue> issues, WrappedName wrapped, CutAmounts cutAmounts) {
        this.wrapped = wrapped;
        this.cutAmounts = cutAmounts;
        this.doc = doc;
        this.lines = lines;
        this.region = region;
        this.unit = unit;
        this.tableCode = tableCode;
        this.consumed = consumed;
        this.issues = issues;
    }

    TableLine line(int n) {
        return lines.get(n - 1);
    }

    String layout() {
        return region.descriptor().key();
    }

    void consume(int line) {
        consumed.set(line);
    }

    /** Reports a problem at {@code line} of this table, explained in English and in Chinese. */
    void issue(String kind, String severity, int line, String message, String messageZh) {
        issues.add(new ParseIssue(doc.path(), doc.docId(), line, layout(), kind, severity, message, messageZh,
                line > 0 ? doc.line(line) : null));
    }

    /**
     * The amount in 元 that a cell states, empty for an empty or dash cell. A cell that looks numeric but is not
     * a well-formed amount is reported as {@code malformed_amount} and yields nothing.
     */
    Optional<BigDecimal> amount(String cell, int line, String column) {
        if (AmountText.isBlankMarker(cell)) {
            return Optional.empty();
        }
        if (cut(cell, line)) {
            issue("cut_amount", "error", line, "cell '" + cell + "' in column " + column + " of " + region.title()
                    + " is the start of an amount its narrow cell wrapped (its end stands on a line below, or it has"
                    + " one decimal where the document's amounts have two); not read", region.title() + " “" + column
                    + "”列的单元格“" + cell + "”是窄单元格折行后金额的前半部分（后半部分在下方另一行，或本文件金额为两位小数而此处只有一位），未读取");
            return Optional.empty();
        }
        Optional<BigDecimal> v = AmountText.parse(cell);
        if (v.isPresent()) {
            return Optional.of(AmountText.toYuan(v.get(), unit));
        }
        if (unreadable(cell)) {
            issue("malformed_amount", "error", line, "cell '" + cell + "' in column " + column + " of "
                    + region.title() + " is not a well-formed amount; not read",
                    region.title() + " “" + column + "”列的单元格“" + cell + "”不是格式正确的金额，未读取");
        }
        return Optional.empty();
    }

    /** Whether {@code cell} of line {@code line} is the start of an amount its cell wrapped ({@link CutAmounts}). */
    boolean cut(String cell, int line) {
        return line >= 1 && line <= lines.size() && cutAmounts.cut(cell, line);
    }

    /** Whether a cell prints an amount that cannot be read (reported as {@code malformed_amount}, never guessed). */
    static boolean unreadable(String cell) {
        return !AmountText.isBlankMarker(cell) && AmountText.parse(cell).isEmpty()
                && (AmountText.looksNumeric(cell) || cell.chars().anyMatch(Character::isDigit));
    }

    /** Whether a cell is a readable amount. */
    static boolean isAmount(String cell) {
        return !AmountText.isBlankMarker(cell) && AmountText.parse(cell).isPresent();
    }

    /** Whether a cell looks like a number (well formed or not). */
    static boolean looksNumeric(String cell) {
        return !AmountText.isBlankMarker(cell) && AmountText.looksNumeric(cell);
    }
}
