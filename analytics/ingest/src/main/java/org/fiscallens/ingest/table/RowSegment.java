package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one segment of a row (code columns, name, amount columns; 01表 rows have two segments side by
 * side), gathered column by column: the codes with their names, the label, whether it is a department/unit row,
 * and the amounts of its measure columns (unreadable ones reported through the {@link TableReading}).
 */
final class RowSegment {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** A code printed in the name cell: {@code 2101501 行政运行}, {@code 210 15 01行政运行}. */
    private static final Pattern INLINE_CODE = Pattern.compile("(\\d{3}(?: ?\\d{2}){0,2})\\s*([^\\d\\s].*)");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    /** A code's 款 and 项 in one cell ({@code 05 02}: a header's 款 and 项 read as one column). */
    private static final Pattern TWO_PARTS = Pattern.compile("\\d{2}[ \u3000]+\\d{2}");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{3,}");
    /** An amount of two decimals inside a name ({@code 51.85}, {@code 1,042.64}), not a year and month ({@code 2024.01}). */
    private static final Pattern AMOUNT_IN_NAME =
            Pattern.compile("(?<![\\d.])(?!(?:19|20)\\d{2}\\.(?:0[1-9]|1[0-2])(?!\\d))\\d[\\d,]*\\.\\d{2}");

    /** A printed code, the classification of its column and the name beside it. */
    record Key(String classification, String code, String name) {
    }

    private final TableReading reading;
    private final LogicalRow row;
    final List<Key> codes = new ArrayList<>();
    final List<RowDraft.Amount> amounts = new ArrayList<>();
    /** The columns of the amount cells that could not be read (see {@link RowDraft#unread}). */
    final List<RowDraft.Unread> unread = new ArrayList<>();
    private final StringBuilder code = new StringBuilder();
    private String codeClass;
    private String label;
    private String strayText;
    private String otherText;
    boolean unitRow;
    /** Whether the name column held a number: the row's cells are shifted, its amounts not where the header says. */
    boolean misaligned;
    /**
     * The row's name when it holds an amount ({@code 和51.85就业支出人力资源和社}): cells of several rows or columns
     * were joined into it, so neither its name nor its amounts can be trusted; else null.
     */
    String amountInName;
    String group;

    RowSegment(TableReading reading, LogicalRow row) {
        this.reading = reading;
        this.row = row;
    }

    void accept(Column col, String cell) {
        String t = cell;
        if (group == null) {
            group = col.group();
        }
        switch (col.role()) {
            case CODE -> {
                if (ClassCodes.normalise(t).isPresent() || (t.length() == 2 && TWO_DIGITS.matcher(t).matches())
                        || code.length() == 3 && TWO_PARTS.matcher(t).matches()) {
                    code.append(WHITESPACE.matcher(t).replaceAll(""));
                    codeClass = col.codeClass();
                } else if (t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '9' && code.length() >= 3) {
                    code.append('0').append(t); // a 款 or 项 a spreadsheet keeps as the number 5, shown without its 0
                    codeClass = col.codeClass();
                } else if (Labels.hasWord(t)) {
                    strayText = t;
                }
            }
            case DEPT -> unitRow |= !t.isEmpty();
            case IGNORE -> {
                if (otherText == null && Labels.hasWord(t)) {
                    otherText = t;
                }
            }
            case NAME -> name(t);
            case MEASURE -> {
                Optional<BigDecimal> v = reading.amount(t, row.amountLine().number(), col.header());
                if (v.isPresent()) {
                    amounts.add(new RowDraft.Amount(col.measure(), col.group(), v.get(), row.amountLine().number(),
                            row.amountLine().raw()));
                } else if (TableReading.unreadable(t) || reading.cut(t, row.amountLine().number())) {
                    unread.add(new RowDraft.Unread(col.measure(), col.group()));
                }
            }
            case UNKNOWN -> {
                if (TableReading.looksNumeric(t)) {
                    reading.issue("unmapped_amount", "error", row.amountLine().number(), "amount '" + t
                            + "' stands in a column whose header ('" + col.header() + "') names no known measure of "
                            + reading.layout() + "; not read", "金额“" + t + "”所在列的表头（“" + col.header()
                            + "”）不是版式 " + reading.layout() + " 已知的栏目，未读取");
                }
            }
            default -> {
            }
        }
    }

    private void name(String cell) {
        String t = cell;
        String classification = reading.region.descriptor().classification();
        boolean digitFirst = !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9'; // both code regexes start with \d
        Matcher inline = digitFirst && code.length() == 0 ? INLINE_CODE.matcher(t) : null;
        if (inline != null && inline.matches()
                && ClassCodes.standard().valid(classification, inline.group(1).replace(" ", ""))) {
            code.append(inline.group(1).replace(" ", ""));
            codeClass = classification;
            t = inline.group(2);
            digitFirst = !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
        }
        if (digitFirst && UNIT_CODE.matcher(t).matches()) {
            unitRow = true;
        } else if (label == null && !Labels.hasWord(t) && (TableReading.isAmount(t) || TableReading.looksNumeric(t))) {
            misaligned = true;
        } else if (!t.isEmpty()) {
            if (label == null && t.indexOf('.') > 0 && Labels.hasWord(t) && AMOUNT_IN_NAME.matcher(t).find()) {
                amountInName = t;
            }
            if (code.length() > 0) {
                codes.add(new Key(codeClass, code.toString(), t));
                code.setLength(0);
            }
            if (label == null) {
                label = t;
            }
        }
    }

    /** Closes the segment: a trailing code without a name of its own takes the label. Returns the label or null. */
    String finish() {
        if (code.length() > 0) {
            codes.add(new Key(codeClass, code.toString(), label));
            code.setLength(0);
        }
        if (label == null) {
            label = strayText != null ? strayText : otherText;
        }
        return label;
    }
}
