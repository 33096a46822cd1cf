package org.fiscallens.ingest.table;

import java.util.Arrays;
import java.util.List;

/** Numbers of a row given columns in their order: each the column nearest it, none out of order, none twice. */
final class OrderedPlacement {
    private OrderedPlacement() {
    }

    /**
     * For each of {@code numbers} (in line order; at most {@code centers.length}), the index into {@code centers} it
     * takes: increasing, with the least total distance between a number's centre and its column's.
     */
    static int[] place(List<Cell> numbers, double[] centers) {
        int m = numbers.size();
        int n = centers.length;
        double[][] cost = new double[m + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        Arrays.fill(cost[0], 0);
        boolean[][] took = new boolean[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = i; j <= n; j++) {
                double skip = cost[i][j - 1];
                double take = cost[i - 1][j - 1] == Double.MAX_VALUE ? Double.MAX_VALUE
                        : cost[i - 1][j - 1] + Math.abs(numbers.get(i - 1).center() - centers[j - 1]);
                took[i][j] = take <= skip;
                cost[i][j] = Math.min(skip, take);
            }
        }
        int[] to = new int[m];
        for (int i = m, j = n; i > 0; j--) {
            if (took[i][j]) {
                to[i - 1] = j - 1;
                i--;
            }
        }
        return to;
    }
}
