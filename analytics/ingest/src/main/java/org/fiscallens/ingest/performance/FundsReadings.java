package org.fiscallens.ingest.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a 绩效自评 funds row (资金总额), one per column key, from cells OCR may have left with several
 * readings ({@code 5, 597}: 5.597 or 5597). Amounts in the table's unit.
 */
final class FundsReadings {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0015");

    private FundsReadings() {
    }

    /**
     * Chooses one reading per cell: the combination where 全年预算数 − 全年执行数 = 结余 (when all three are
     * stated), else the only reading; a comma proven to be a thousands separator elsewhere in the row
     * decides the rest. Cells left without a single reading are absent from the result.
     */
    static Map<String, BigDecimal> resolve(Map<String, String> cells, boolean thousandsRow) {
        Map<String, List<BigDecimal>> r = new HashMap<>();
        cells.forEach((k, v) -> {
            if (!k.equals("initial_from_declared")) {
                r.put(k, OcrNumber.readings(v));
            }
        });
        Map<String, BigDecimal> out = new HashMap<>();
        List<BigDecimal> full = r.getOrDefault("full_year", List.of());
        List<BigDecimal> exec = r.getOrDefault("executed", List.of());
        List<BigDecimal> bal = r.getOrDefault("balance", List.of());
        if (!full.isEmpty() && !exec.isEmpty() && !bal.isEmpty()
                && (full.size() > 1 || exec.size() > 1 || bal.size() > 1)) {
            search:
            for (BigDecimal f : full) {
                for (BigDecimal e : exec) {
                    for (BigDecimal x : bal) {
                        if (f.subtract(e).subtract(x).abs().compareTo(TOLERANCE) <= 0) {
                            out.put("full_year", f);
                            out.put("executed", e);
                            out.put("balance", x);
                            break search;
                        }
                    }
                }
            }
        }
        for (var e : r.entrySet()) {
            if (out.containsKey(e.getKey())) {
                continue;
            }
            List<BigDecimal> readings = e.getValue();
            if (readings.size() == 1) {
                out.put(e.getKey(), readings.get(0));
            } else if (readings.size() > 1 && thousandsRow) {
                out.put(e.getKey(), readings.get(0));
            }
        }
        return out;
    }
}
