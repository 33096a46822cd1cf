package org.fiscallens.web.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.warehouse.Row;

/**
 * Ready-made comparisons offered on an empty 对比 page, so a first visit shows where to start: all departments
 * when there are few enough to read side by side, and the departments of each province (省, the region's first
 * part) where a province has several. Each is for the year most of its departments have a document for (the
 * newest of equals).
 */
final class CompareSuggestions {
    /** At most this many departments in one suggestion: the table stays readable. */
    static final int MAX_DEPARTMENTS = 12;

    /** @param scope {@code null} for all departments, else the province's name; {@code query} is a /compare query */
    record Suggestion(String scope, int departments, int year, String query) {
    }

    private CompareSuggestions() {
    }

    /**
     * @param departments the directory's departments (department_id, region)
     * @param documents   the directory's documents (department_id, fiscal_year); those without either are ignored
     */
    static List<Suggestion> of(List<Row> departments, List<Row> documents) {
        Map<String, Set<Integer>> years = new HashMap<>();
        for (Row d : documents) {
            if (d.text("department_id") != null && d.integer("fiscal_year") != null) {
                years.computeIfAbsent(d.text("department_id"), k -> new HashSet<>()).add(d.integer("fiscal_year"));
            }
        }
        List<String> all = departments.stream().map(r -> r.text("department_id")).filter(years::containsKey).toList();
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        for (Row r : departments) {
            String province = province(r.text("region"));
            if (province != null && years.containsKey(r.text("department_id"))) {
                byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(r.text("department_id"));
            }
        }
        List<Suggestion> out = new ArrayList<>();
        suggest(null, all, years).ifPresent(out::add);
        if (byProvince.size() > 1) {
            byProvince.forEach((p, ids) -> suggest(p, ids, years).ifPresent(out::add));
        }
        return out;
    }

    private static Optional<Suggestion> suggest(String scope, List<String> ids, Map<String, Set<Integer>> years) {
        if (ids.size() < 2 || ids.size() > MAX_DEPARTMENTS) {
            return Optional.empty();
        }
        TreeMap<Integer, Integer> coverage = new TreeMap<>();
        ids.forEach(id -> years.get(id).forEach(y -> coverage.merge(y, 1, Integer::sum)));
        int best = coverage.lastKey();
        for (var year : coverage.descendingMap().entrySet()) { // newest first: an older year must cover more
            if (year.getValue() > coverage.get(best)) {
                best = year.getKey();
            }
        }
        if (coverage.get(best) < 2) {
            return Optional.empty();
        }
        String query = new CompareSelection(ids, new Params.YearRange(best, best)).query();
        return Optional.of(new Suggestion(scope, ids.size(), best, query));
    }

    /** 河南省/新乡市/新乡县 → 河南省; null or blank → null. */
    static String province(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        int slash = region.indexOf('/');
        return slash < 0 ? region : region.substring(0, slash);
    }
}
