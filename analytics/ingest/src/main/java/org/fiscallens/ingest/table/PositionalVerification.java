package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row read by the position of its columns (its line has no tabs) is kept only when its own sums hold: where the
 * row prints only these amounts, 合计 is 基本支出 plus 项目支出 and 基本支出 is 人员经费 plus 公用经费, or without a
 * 基本支出 column 合计 is 人员经费 plus 公用经费 plus 项目支出. Placing numbers by position
 * can put one under its neighbour's column, and then the row contradicts itself: it is reported as
 * {@code row_not_verified} with the sum that fails, not read. Sums across rows (a 类 and its 款) are left to the
 * consistency checks, which show them beside the figures; rows read by index (tab-separated) are kept as read.
 */
final class PositionalVerification {
    /** Allowed difference per figure summed: 100 元, the last digit of an amount printed in 万元 with two decimals. */
    private static final BigDecimal PER_FIGURE = new BigDecimal(100);
    /** The measures these sums relate; a row printing any other amount is not checked here. */
    private static final java.util.Set<String> SUMMED = java.util.Set.of("total", "basic", "project", "personnel", "public");

    private PositionalVerification() {
    }

    /** {@code items} without the positional rows whose sums fail; one issue per such row in {@code issues}. */
    static List<LineItem> verify(SourceDocument doc, List<LineItem> items, List<ParseIssue> issues) {
        Map<List<Object>, Map<String, LineItem>> rows = new LinkedHashMap<>();
        for (LineItem i : items) {
            rows.computeIfAbsent(List.of(i.tableKind(), String.valueOf(i.tableTitle()), i.sourceLine(),
                    String.valueOf(i.columnGroup())), k -> new LinkedHashMap<>()).putIfAbsent(i.measure(), i);
        }
        List<LineItem> refused = new ArrayList<>();
        for (Map<String, LineItem> row : rows.values()) {
            LineItem any = row.values().iterator().next();
            if (any.rawLine() == null || any.rawLine().indexOf('\t') >= 0) {
                continue;
            }
            if (!SUMMED.containsAll(row.keySet())) {
                continue; // other columns (上缴上级支出, 经营支出 …) count in its 合计 too
            }
            String failure;
            if (row.containsKey("basic")) {
                failure = sum(row, "total", "basic", "project");
                failure = failure != null ? failure : sum(row, "basic", "personnel", "public");
            } else { // 人员经费 | 公用经费 | 项目支出 without a 基本支出 column
                failure = sum(row, "total", "personnel", "public", "project");
            }
            if (failure != null) {
                refused.addAll(row.values());
                issues.add(new ParseIssue(doc.path(), doc.docId(), any.sourceLine(), any.tableKind(),
                        "row_not_verified", "error", "this row of " + any.tableTitle() + " was read by the position of"
                        + " its columns and its own sum does not hold (" + failure + "): a figure may stand under"
                        + " its neighbour's column, so its " + row.size() + " amounts were not read",
                        any.tableTitle() + " 此行按栏位置读取，但行内合计不成立（" + failure + "）：可能有数字对错了栏，其 "
                                + row.size() + " 个金额未读取", doc.line(any.sourceLine())));
            }
        }
        if (refused.isEmpty()) {
            return items;
        }
        List<LineItem> kept = new ArrayList<>(items);
        kept.removeAll(refused);
        return kept;
    }

    /** Null when {@code whole} is the sum of the parts the row prints (or it prints no whole or no part). */
    private static String sum(Map<String, LineItem> row, String whole, String... partNames) {
        LineItem w = row.get(whole);
        BigDecimal parts = BigDecimal.ZERO;
        int n = 0;
        for (String part : partNames) {
            if (row.get(part) != null && row.get(part).amount() != null) {
                parts = parts.add(row.get(part).amount());
                n++;
            }
        }
        if (w == null || w.amount() == null || n == 0
                || w.amount().subtract(parts).abs().compareTo(PER_FIGURE.multiply(BigDecimal.valueOf(n + 1L))) <= 0) {
            return null;
        }
        return whole + " " + w.amount().toPlainString() + " 元, " + String.join(" + ", partNames) + " "
                + parts.toPlainString() + " 元";
    }
}
