package org.fiscallens.ingest.table;

import java.util.regex.Pattern;

/**
 * Whether a space-aligned table's header was read into columns that make sense: within each side (segment), the
 * code and name columns come before the amount columns, no column among the amounts is unknown, and no two amount
 * columns are told apart only by their order ({@code total.1}, {@code total.2}). A header whose labels wrap over
 * several lines of a narrow page ({@code 基本支} over {@code 出}) breaks these, and its amounts would then be read
 * into the wrong measures: such a table is reported, not read. Only space-aligned headers are checked: a
 * tab-separated header places its cells by index, not by position.
 */
final class HeaderCheck {
    /** A measure made unique by its order only; {@code personnel.301} (an economic class) is a real distinction. */
    private static final Pattern BY_ORDER = Pattern.compile("\\.\\d{1,2}$");

    private HeaderCheck() {
    }

    /** Why a header looks misread, in English and Chinese. */
    record Misread(String en, String zh) {
    }

    /** Why the header of {@code model} looks misread, or null when it looks sound. */
    static Misread misread(ColumnModel model) {
        int segment = -1;
        boolean amounts = false;
        for (Column c : model.columns()) {
            if (c.segment() != segment) {
                segment = c.segment();
                amounts = false;
            }
            switch (c.role()) {
                case MEASURE -> {
                    if (c.measure() != null && BY_ORDER.matcher(c.measure()).find()) {
                        return new Misread("two of its amount columns read the same measure (" + c.measure() + ")",
                                "两个金额栏读作同一栏目（" + c.measure() + "）");
                    }
                    amounts = true;
                }
                case CODE, NAME -> {
                    if (amounts) {
                        return new Misread("a code or name column (" + c.header() + ") stands after its amount columns",
                                "编码或名称栏（" + c.header() + "）位于金额栏之后");
                    }
                }
                case UNKNOWN -> {
                    if (amounts && hasAmountAfter(model, c.index(), segment)) {
                        return new Misread("a column among its amounts has a header no measure is known for ("
                                + c.header() + ")", "金额栏之间有无法识别的栏目（" + c.header() + "）");
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static boolean hasAmountAfter(ColumnModel model, int index, int segment) {
        for (int i = index + 1; i < model.width(); i++) {
            Column c = model.column(i);
            if (c.segment() == segment && c.role() == Column.Role.MEASURE) {
                return true;
            }
        }
        return false;
    }
}
