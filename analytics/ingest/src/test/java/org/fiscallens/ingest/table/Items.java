package org.fiscallens.ingest.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Small query helpers over line items for the tests. */
final class Items {
    private final List<LineItem> items;

    Items(TableExtraction x) {
        this.items = x.lineItems().records();
    }

    List<LineItem> where(Predicate<LineItem> p) {
        return items.stream().filter(p).toList();
    }

    /** The single amount (in 元) of a table kind, code and measure (and column group when given). */
    BigDecimal amount(String kind, String code, String measure, String group) {
        List<LineItem> hits = where(i -> i.tableKind().equals(kind) && Objects.equals(i.code(), code)
                && i.measure().equals(measure) && (group == null || group.equals(i.columnGroup())));
        assertThat(hits).as("%s %s %s %s", kind, code, measure, group).hasSize(1);
        return hits.get(0).amount();
    }

    BigDecimal amount(String kind, String code, String measure) {
        return amount(kind, code, measure, null);
    }

    /** Items whose amount is a whole number of 万元 below {@code limit} 万元: a 行次 or 栏次 read as an amount looks so. */
    List<LineItem> wholeWanBelow(String limit) {
        return where(i -> i.amount().compareTo(wan(limit)) < 0 && i.amount().remainder(wan("1")).signum() == 0);
    }

    static BigDecimal wan(String v) {
        return new BigDecimal(v).movePointRight(4);
    }
}
