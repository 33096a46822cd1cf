package org.fiscallens.ingest.performance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the rows of a 绩效自评 block apart by the layout's labels: 项目名称, the header naming the fund columns,
 * 资金总额 (the figures) and 总分 (the score). Immutable.
 */
final class BlockRows {
    private final PerformanceLayout layout;
    private final Pattern projectLabel;
    private final Pattern fundsLabel;
    private final Pattern scoreLabel;

    BlockRows(PerformanceLayout layout) {
        this.layout = layout;
        this.projectLabel = layout.prose("project_name");
        this.fundsLabel = layout.prose("funds_label");
        this.scoreLabel = layout.prose("score_label");
    }

    /** The project's name when {@code row} is a 项目名称 row (the text after the label or in the next cell), else empty. */
    Optional<String> projectName(PerformanceRow row) {
        if (!row.holds('项')) {
            return Optional.empty(); // cheap filter: every 项目名称 label holds 项
        }
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('项') < 0) {
                continue; // cheap filter: every 项目名称 label holds 项
            }
            Matcher m = projectLabel.matcher(row.folded(i));
            if (m.matches()) {
                String rest = m.group("name");
                if (!rest.isEmpty()) {
                    return Optional.of(rest);
                }
                for (int k = i + 1; k < cells.size(); k++) {
                    String c = row.folded(k);
                    if (!c.isEmpty()) {
                        return Optional.of(c);
                    }
                }
                return Optional.of("");
            }
        }
        return Optional.empty();
    }

    /**
     * Takes {@code row} as block {@code b}'s header when it names at least three fund columns, 执行数 among them;
     * notes a positional sequence its trigger calls for, even on a line of its own.
     */
    void header(PerformanceRow row, PerformanceBlock b) {
        Map<Integer, String> found = new HashMap<>();
        int first = -1;
        int last = -1;
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            Optional<String> key = layout.column(cells.get(i));
            if (key.isPresent()) {
                found.put(i, key.get());
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (PerformanceLayout.Sequence s : layout.sequences) {
            if (found.containsValue(s.trigger())) {
                b.sequence = s; // OCR'd two-line headers: the trigger may sit on a line of its own
            }
        }
        if (found.size() < 3 || !found.containsValue("executed")) {
            return;
        }
        b.header = found;
        int unknown = 0;
        for (int i = first; i <= last; i++) {
            if (!found.containsKey(i) && !cells.get(i).isBlank()) {
                unknown++;
            }
        }
        b.garbledHeader = unknown > 0;
    }

    /** Whether {@code row} is the 资金总额 row: its label followed by at least two numbers. */
    boolean isFundsRow(PerformanceRow row) {
        int label = fundsLabel(row);
        if (label < 0) {
            return false;
        }
        int numbers = 0;
        for (int i = label + 1; i < row.cells().size(); i++) {
            if (!OcrNumber.readings(row.cells().get(i)).isEmpty()) {
                numbers++;
            }
        }
        return numbers >= 2;
    }

    /** The cell of the 资金总额 label, or -1. */
    int fundsLabel(PerformanceRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (fundsLabel.matcher(row.folded(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code row} is the 总分 row: its label followed by a number. */
    boolean isScoreRow(PerformanceRow row) {
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (scoreLabel.matcher(row.folded(i)).matches()) {
                for (int k = i + 1; k < cells.size(); k++) {
                    if (!OcrNumber.readings(cells.get(k)).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
