package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 三公 line read in its layout's column order where the header's positions cannot place it: the table's 栏次 line
 * numbers as many columns as the layout has (its categories, 合计 first, in each of its column groups, 预算数 then
 * 决算数) and the line prints an amount in every one of them ({@code 2.40 0.00 2.40 0.00 2.40 0.00 2.15 …} under
 * {@code 1 2 3 … 12}), as text extracted with its layout writes a table whose twelve-line header it cannot keep in
 * step. The amounts so read are verified like any positional row: categories that do not add up to their 合计 are
 * not read ({@link PositionalVerification}).
 */
final class ThreePublicOrder {
    private ThreePublicOrder() {
    }

    /**
     * The line's amounts as (category, measure, amount in 元) in the layout's order, or empty when the line or the
     * table does not have one amount for each of the layout's columns; {@code numbered} is how many columns the
     * table's 栏次 line numbers (0 without one).
     */
    static Optional<List<Placed>> read(TableReading r, TableLine line, TableDescriptor d, int numbered, String docKind) {
        int perGroup = d.measures().size();
        int groups = Math.max(1, d.columnGroups().size());
        List<Cell> cells = line.filled();
        if (line.tabbed() || numbered != perGroup * groups || cells.size() != numbered
                || !cells.stream().allMatch(c -> TableReading.looksNumeric(c.text()))) {
            return Optional.empty();
        }
        List<Placed> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String measure = d.columnGroups().isEmpty() ? ("budget".equals(docKind) ? "budget" : "actual")
                    : d.columnGroups().get(k / perGroup).key();
            String category = d.measures().get(k % perGroup).key();
            Optional<BigDecimal> v = r.amount(cells.get(k).text(), line.number(), category);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(new Placed(category, measure, v.get()));
        }
        return Optional.of(out);
    }

    /** How many columns the 栏次 line among {@code lines} numbers (1 2 3 … n), or 0 without one. */
    static int numbered(List<TableLine> lines) {
        for (TableLine l : lines) {
            if (TableBody.isColumnNumbers(l)) {
                return (int) l.filled().stream().filter(c -> c.text().chars().allMatch(Character::isDigit)).count();
            }
        }
        return 0;
    }

    /** One amount of the line: its category (the layout's measure key), 预算数 or 决算数, and the amount in 元. */
    record Placed(String category, String measure, BigDecimal amount) {
    }
}
