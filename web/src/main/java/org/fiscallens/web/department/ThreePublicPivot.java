package org.fiscallens.web.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiscallens.web.warehouse.Row;

/** The 三公 series as a table: one row per category, per year a budget and an actual cell (with source). */
public final class ThreePublicPivot {
    private ThreePublicPivot() {
    }

    /** @return {years: [..], rows: [{category, cells: [{budget: row|null, actual: row|null}]}]} */
    public static Map<String, Object> of(List<Row> series) {
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(r -> years.add(r.integer("fiscal_year")));
        Map<String, Map<Integer, Map<String, Row>>> byCat = new LinkedHashMap<>();
        for (Row r : series) {
            byCat.computeIfAbsent(r.text("category"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.integer("fiscal_year"), k -> new LinkedHashMap<>())
                    .putIfAbsent(r.text("measure"), r);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byCat.forEach((cat, byYear) -> {
            List<Map<String, Row>> cells = new ArrayList<>();
            for (Integer y : years) {
                cells.add(byYear.getOrDefault(y, Map.of()));
            }
            rows.add(Map.of("category", cat, "cells", cells));
        });
        return Map.of("years", List.copyOf(years), "rows", rows);
    }
}
