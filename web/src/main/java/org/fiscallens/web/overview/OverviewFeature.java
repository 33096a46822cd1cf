package org.fiscallens.web.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;
import org.fiscallens.web.warehouse.Row;

/**
 * 总览 Overview: the coverage matrix (departments × years × 预算/决算, with each document's consistency score),
 * headline figures and the newest anomalies. The matrix shows 50 departments at a time ({@code page}); its
 * years span every document, so the columns stay the same from page to page.
 */
public final class OverviewFeature implements Feature {
    static final int NEWEST_ANOMALIES = 10;
    private static final int DEPARTMENTS_PER_PAGE = 50;

    @Override
    public void register(Endpoints e) {
        e.page("/", "overview", "overview", (ctx, lang) -> {
            List<Row> coverage = e.warehouse().query("overview/coverage");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("headline", e.warehouse().query("overview/headlines").get(0));
            m.put("anomalies", e.warehouse().query("overview/anomalies", NEWEST_ANOMALIES));
            Map<String, Object> matrix = matrix(coverage, e);
            m.putAll(matrix);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> departments = (List<Map<String, Object>>) matrix.get("matrix");
            Pager page = Pager.of(ctx, "page", DEPARTMENTS_PER_PAGE);
            List<Map<String, Object>> shown = page.slice(departments);
            m.put("matrix", shown);
            m.put("coveragePager", page.view(ctx, departments.size(), shown.size()));
            return m;
        });
        e.table("/api/overview/coverage", ctx -> e.warehouse().query("overview/coverage"));
        e.table("/api/overview/headlines", ctx -> e.warehouse().query("overview/headlines"));
        e.table("/api/overview/anomalies", ctx -> e.warehouse().query("overview/anomalies", NEWEST_ANOMALIES));
    }

    /** years: the columns; matrix: per department {department, cells: per year the documents held}. */
    static Map<String, Object> matrix(List<Row> coverage, Endpoints e) {
        TreeSet<Integer> years = new TreeSet<>();
        coverage.forEach(r -> years.add(r.integer("fiscal_year")));
        if (!years.isEmpty()) {
            for (int y = years.first(); y < years.last(); y++) {
                years.add(y); // a year without documents is a gap the user should see
            }
        }
        Map<String, Map<Integer, List<Row>>> byDept = new LinkedHashMap<>();
        for (Row r : coverage) {
            byDept.computeIfAbsent(r.text("department_id"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.integer("fiscal_year"), k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byDept.forEach((dept, cells) -> {
            List<List<Row>> line = new ArrayList<>();
            for (Integer y : years) {
                line.add(cells.getOrDefault(y, List.of()));
            }
            rows.add(Map.of("department", e.directory().department(dept), "cells", line));
        });
        return Map.of("years", List.copyOf(years), "matrix", rows);
    }
}
