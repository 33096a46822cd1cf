package org.fiscallens.web.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One colour per department, the same in every chart and legend: departments in id order take the
 * palette's colours in turn (a colour-blind-friendly set of ten); beyond ten they repeat.
 */
public final class DepartmentColors {
    private static final String[] PALETTE = {
        "#2f6db5", "#e07b22", "#3a9a5b", "#c7423f", "#8a62b8",
        "#8c6d4f", "#d563a8", "#6b7280", "#b3a324", "#1fa5b8"};
    private volatile Map<String, Integer> index = Map.of();

    /** Assigns colours to the departments, in the order given (sorted ids). */
    public void assign(List<String> departmentIds) {
        Map<String, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < departmentIds.size(); i++) {
            m.put(departmentIds.get(i), i);
        }
        index = m;
    }

    /** CSS hex colour, e.g. {@code #2f6db5}. */
    public String hex(String departmentId) {
        Integer i = index.get(departmentId);
        int k = i != null ? i : Math.floorMod(departmentId == null ? 0 : departmentId.hashCode(), PALETTE.length);
        return PALETTE[k % PALETTE.length];
    }

    public Color color(String departmentId) {
        return Color.decode(hex(departmentId));
    }

    /** A lighter tint of the department's colour, for budget bars next to actual bars. */
    public Color tint(String departmentId) {
        Color c = color(departmentId);
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
