package org.fiscallens.ingest.table;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row read by the position of its columns (its line has no tabs) is kept only when it does not contradict itself:
 * placing numbers by position can put one under its neighbour's column. Refused, reported as {@code row_not_verified}
 * (error) with what fails, and not read: a row whose own sums fail beyond rounding ({@link RowSums}: 合计 = 基本支出 +
 * 项目支出, 基本支出 = 人员经费 + 公用经费, the fund sources of a 财政拨款收支总表, …); a row printing no 合计 while its
 * table's other rows print theirs (its first figure may be that 合计, read a column to the right); a row whose
 * 部门预算经济分类 class puts it in one half of 基本支出 while it has an amount in the other (302 商品和服务支出 under
 * 人员经费); a row filling a column its table's 合计 row leaves empty ({@link TotalRowColumns}); and a 三公 line's
 * measure that fails its sums or prints no 合计 beside one of the line's other measure ({@link ThreePublicRowCheck}). A
 * refused row loses the items of both its classifications' codes. Then a positional row whose code is another name's
 * loses the code ({@link CodeNameVerification}). Sums across rows (a 类 and its 款) are left to the consistency checks,
 * which show them beside the figures; rows read by index (tab-separated) are kept as read.
 */
final class PositionalVerification {
    private PositionalVerification() {
    }

    /**
     * {@code items} without the positional rows whose sums fail beyond rounding in {@code unit} (元 or 万元, the
     * document's; null reads as 元) or that otherwise contradict themselves; one issue per such row in {@code issues}.
     */
    static List<LineItem> verify(SourceDocument doc, List<LineItem> items, String unit, List<ParseIssue> issues) {
        if (items.stream().noneMatch(PositionalVerification::positional)) {
            return items; // every row placed by index (tab-separated): the usual case, nothing to verify
        }
        Map<List<Object>, Map<String, LineItem>> rows = new LinkedHashMap<>();
        Map<List<Object>, String> economicClass = new HashMap<>(); // a row's 部门预算经济分类 code
        for (LineItem i : items) {
            if (!positional(i)) {
                continue;
            }
            rows.computeIfAbsent(rowKey(i), k -> new LinkedHashMap<>()).putIfAbsent(i.measure(), i);
            if ("dept_economic".equals(i.classification()) && i.code() != null) {
                economicClass.putIfAbsent(rowKey(i), i.code());
            }
        }
        Set<List<String>> totals = new HashSet<>(); // tables and sides whose rows print a total
        for (Map<String, LineItem> row : rows.values()) {
            if (row.containsKey("total")) {
                totals.add(table(row.values().iterator().next()));
            }
        }
        TotalRowColumns totalColumns = TotalRowColumns.of(rows.values());
        Set<List<Object>> refusedRows = new HashSet<>(); // every item of them: both classifications' codes
        for (Map<String, LineItem> row : rows.values()) {
            LineItem any = row.values().iterator().next();
            RowFailure failure = RowSums.expenditure(row, unit);
            if (failure == null && !row.containsKey("total") && totals.contains(table(any))) {
                failure = RowFailure.noTotal();
            }
            if (failure == null) {
                failure = wrongHalf(row, economicClass.get(rowKey(any)));
            }
            if (failure == null) {
                failure = totalColumns.outside(row);
            }
            if (failure != null) {
                refusedRows.add(rowKey(any));
                issues.add(notVerified(doc, any, failure, row.size()));
            }
        }
        List<LineItem> kept = new ArrayList<>(items);
        kept.removeAll(ThreePublicRowCheck.refused(doc, items, unit, issues)); // records: equal rows are one row's items
        if (!refusedRows.isEmpty()) {
            kept.removeIf(i -> positional(i) && refusedRows.contains(rowKey(i)));
        }
        return CodeNameVerification.apply(doc, kept, issues);
    }

    /** An item's table and side (收入 | 支出 side by side). */
    static List<String> table(LineItem i) {
        return List.of(i.tableKind(), String.valueOf(i.tableTitle()), String.valueOf(i.columnGroup()));
    }

    /** The row an item was read from: its table, line and column group (收入 | 支出 side by side). */
    private static List<Object> rowKey(LineItem i) {
        return List.of(i.tableKind(), String.valueOf(i.tableTitle()), i.sourceLine(), String.valueOf(i.columnGroup()));
    }

    /**
     * The {@code row_not_verified} issue (error) of a row of {@code amounts} amounts, saying whether its own sum fails
     * or its figures contradict each other otherwise (a class, no 合计, an empty column).
     */
    static ParseIssue notVerified(SourceDocument doc, LineItem any, RowFailure failure, int amounts) {
        boolean sums = failure.sum();
        return new ParseIssue(doc.path(), doc.docId(), any.sourceLine(), any.tableKind(),
                "row_not_verified", "error", "this row of " + any.tableTitle() + " was read by the position of"
                + " its columns and " + (sums ? "its own sum does not hold" : "contradicts itself") + " (" + failure.en()
                + "): a figure may stand under its neighbour's column, so its " + amounts + " amounts were not read",
                any.tableTitle() + " 此行按栏位置读取，但" + (sums ? "行内合计不成立" : "行内数字自相矛盾") + "（" + failure.zh()
                        + "）：可能有数字对错了栏，其 " + amounts + " 个金额未读取", doc.line(any.sourceLine()));
    }

    /** Whether the item's row was read by the position of its columns (its line has no tab). */
    static boolean positional(LineItem i) {
        return i.rawLine() != null && i.rawLine().indexOf('\t') < 0;
    }

    /**
     * Where a row's 部门预算经济分类 class decides which half of 基本支出 its amount belongs to — 人员经费 is 工资福利支出
     * (301) and 对个人和家庭的补助 (303), 公用经费 is 商品和服务支出 (302) and 资本性支出 (310) — and the row has an amount
     * in the other half ({@code 30228 工会经费 5.02 5.02} read as 合计 and 人员经费: on a later page the columns stand
     * elsewhere than under the header), what fails; else null. A row of 5.02 under 合计 and 5.02 under one half holds
     * its sums either way, so only the class tells.
     */
    private static RowFailure wrongHalf(Map<String, LineItem> row, String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String half = switch (code.substring(0, 3)) {
            case "301", "303" -> "public";
            case "302", "310" -> "personnel";
            default -> null;
        };
        LineItem wrong = half == null ? null : row.get(half);
        if (wrong == null || wrong.amount() == null || wrong.amount().signum() == 0) {
            return null;
        }
        return RowFailure.wrongHalf(code, half.equals("public") ? "personnel" : "public", half, wrong.amount());
    }
}
