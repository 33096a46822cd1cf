package org.fiscallens.ingest.table;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.checks.Tolerances;
import org.fiscallens.catalog.NameMatch;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row read by the position of its columns (its line has no tabs) is kept only when its own sums hold, within the
 * consistency checks' rounding margin ({@link Tolerances}): where the
 * row prints only these amounts, 合计 is 基本支出 plus 项目支出 and 基本支出 is 人员经费 plus 公用经费, or without a
 * 基本支出 column 合计 is 人员经费 plus 公用经费 plus 项目支出; in a 三公 table, for 预算数 and 决算数 apart, 合计 is its
 * categories and 公务用车购置及运行费 its 购置费 plus 运行费. Placing numbers by position
 * can put one under its neighbour's column, and then the row contradicts itself: it is reported as
 * {@code row_not_verified} with the sum that fails, not read. A row printing other amounts too (上缴上级支出, 其他运转类)
 * is held to the sums no other column enters where it prints every part: 基本支出 is 人员经费 plus 公用经费, 项目支出 is
 * 其他运转类 plus 特定目标类. A positional row whose code the catalog names
 * otherwise than the row, where the catalog gives that name to a longer code under it ({@code 208} beside
 * 事业单位离退休, 2080502: its 款 and 项 were lost) or the name holds digits ({@code 0502事业单位离退休}: they were
 * pushed into it), loses the code ({@code code_not_verified}). Sums across rows (a 类 and its 款) are left to the
 * consistency checks, which show them beside the figures; rows read by index (tab-separated) are kept as read.
 */
final class PositionalVerification {
    /** The consistency checks' tolerances: a row is refused where its sum check would be an error, not a rounding warning. */
    private static final Tolerances TOLERANCES = Tolerances.standard();
    private static final java.util.Set<String> CODED = java.util.Set.of("function", "dept_economic", "gov_economic");
    /** The measures these sums relate; a row printing any other amount is not checked here. */
    private static final java.util.Set<String> SUMMED = java.util.Set.of("total", "basic", "project", "personnel", "public");

    private PositionalVerification() {
    }

    /**
     * {@code items} without the positional rows whose sums fail beyond rounding in {@code unit} (元 or 万元, the
     * document's; null reads as 元); one issue per such row in {@code issues}.
     */
    static List<LineItem> verify(SourceDocument doc, List<LineItem> items, String unit, List<ParseIssue> issues) {
        if (items.stream().noneMatch(PositionalVerification::positional)) {
            return items; // every row placed by index (tab-separated): the usual case, nothing to verify
        }
        Map<List<Object>, Map<String, LineItem>> rows = new LinkedHashMap<>();
        for (LineItem i : items) {
            if (!positional(i)) {
                continue;
            }
            rows.computeIfAbsent(List.of(i.tableKind(), String.valueOf(i.tableTitle()), i.sourceLine(),
                    String.valueOf(i.columnGroup())), k -> new LinkedHashMap<>()).putIfAbsent(i.measure(), i);
        }
        List<LineItem> refused = new ArrayList<>();
        for (Map<String, LineItem> row : rows.values()) {
            LineItem any = row.values().iterator().next();
            String failure;
            if (!SUMMED.containsAll(row.keySet())) {
                // other columns (上缴上级支出, 经营支出 …) count in its 合计 too, but none in 基本支出 or 项目支出
                failure = whole(row, unit, "basic", "personnel", "public");
                failure = failure != null ? failure : whole(row, unit, "project", "project_operating", "project_specific");
            } else if (row.containsKey("basic")) {
                failure = sum(row, unit, "total", "basic", "project");
                failure = failure != null ? failure : sum(row, unit, "basic", "personnel", "public");
            } else { // 人员经费 | 公用经费 | 项目支出 without a 基本支出 column
                failure = sum(row, unit, "total", "personnel", "public", "project");
            }
            if (failure != null) {
                refused.addAll(row.values());
                issues.add(notVerified(doc, any, failure, row.size()));
            }
        }
        for (Map<String, LineItem> row : threePublicRows(items).values()) {
            String failure = row.containsKey("vehicle")
                    ? sum(row, unit, "total", "overseas", "vehicle", "reception")
                    : sum(row, unit, "total", "overseas", "vehicle_purchase", "vehicle_operation", "reception");
            failure = failure != null ? failure : sum(row, unit, "vehicle", "vehicle_purchase", "vehicle_operation");
            if (failure != null) {
                refused.addAll(row.values());
                issues.add(notVerified(doc, row.values().iterator().next(), failure, row.size()));
            }
        }
        List<LineItem> kept = new ArrayList<>(items);
        kept.removeAll(refused); // records: equal rows are the same row's items
        return withCodesMatchingNames(doc, kept, issues);
    }

    /**
     * The positional 三公 items by line and measure (预算数 / 决算数), each keyed by category: 合计 is 因公出国（境）费
     * plus 公务用车购置及运行费 (or its 购置费 plus 运行费) plus 公务接待费, and 公务用车购置及运行费 is its two parts.
     */
    private static Map<List<Object>, Map<String, LineItem>> threePublicRows(List<LineItem> items) {
        Map<List<Object>, Map<String, LineItem>> rows = new LinkedHashMap<>();
        for (LineItem i : items) {
            if (positional(i) && i.tableKind().equals("three_public") && i.code() != null) {
                rows.computeIfAbsent(List.of(String.valueOf(i.tableTitle()), i.sourceLine(), i.measure()),
                        k -> new LinkedHashMap<>()).putIfAbsent(i.code(), i);
            }
        }
        return rows;
    }

    private static ParseIssue notVerified(SourceDocument doc, LineItem any, String failure, int amounts) {
        return new ParseIssue(doc.path(), doc.docId(), any.sourceLine(), any.tableKind(),
                "row_not_verified", "error", "this row of " + any.tableTitle() + " was read by the position of"
                + " its columns and its own sum does not hold (" + failure + "): a figure may stand under"
                + " its neighbour's column, so its " + amounts + " amounts were not read",
                any.tableTitle() + " 此行按栏位置读取，但行内合计不成立（" + failure + "）：可能有数字对错了栏，其 "
                        + amounts + " 个金额未读取", doc.line(any.sourceLine()));
    }

    /** Whether the item's row was read by the position of its columns (its line has no tab). */
    private static boolean positional(LineItem i) {
        return i.rawLine() != null && i.rawLine().indexOf('\t') < 0;
    }

    /**
     * {@code items} with the code taken off each positional row whose name is another code's in the catalog
     * (208 printed beside 事业单位离退休: its 款 and 项 were lost on the way), reported once per row as
     * {@code code_not_verified}; the row keeps its name and amounts, without a classification key.
     */
    private static List<LineItem> withCodesMatchingNames(SourceDocument doc, List<LineItem> items,
                                                         List<ParseIssue> issues) {
        ClassificationCatalog catalog = ClassificationCatalog.standard();
        List<LineItem> out = new ArrayList<>(items.size());
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (LineItem i : items) {
            if (!positional(i) || i.code() == null || i.name() == null || !CODED.contains(i.classification())
                    || catalog.matchName(i.classification(), i.code(), i.name(), null) != NameMatch.MISMATCH
                    || !(catalog.namesCodeUnder(i.classification(), i.code(), i.name())
                    || i.name().chars().anyMatch(ch -> ch >= '0' && ch <= '9'))) {
                out.add(i);
                continue;
            }
            if (reported.add(i.sourceLine())) {
                issues.add(new ParseIssue(doc.path(), doc.docId(), i.sourceLine(), i.tableKind(), "code_not_verified",
                        "warning", "this row of " + i.tableTitle() + " was read by the position of its columns, and its"
                        + " code " + i.code() + " is not the code of its name «" + i.name() + "» (part of the code was"
                        + " lost): its amounts are kept without the code", i.tableTitle() + " 此行按栏位置读取，其编码 "
                        + i.code() + " 与名称“" + i.name() + "”不符（编码有一部分丢失）：金额保留，但不带编码",
                        doc.line(i.sourceLine())));
            }
            out.add(new LineItem(i.docId(), i.tableKind(), i.tableCode(), i.tableTitle(), "plain", null, i.name(), null,
                    i.measure(), i.columnGroup(), i.amount(), i.sourceLine(), i.rawLine()));
        }
        return out;
    }

    /** {@link #sum}, where the row prints the whole and every part (a part's column unread leaves it unchecked). */
    private static String whole(Map<String, LineItem> row, String unit, String whole, String... partNames) {
        for (String part : partNames) {
            if (!row.containsKey(part)) {
                return null;
            }
        }
        return sum(row, unit, whole, partNames);
    }

    /** Null when {@code whole} is the sum of the parts the row prints (or it prints no whole or no part). */
    private static String sum(Map<String, LineItem> row, String unit, String whole, String... partNames) {
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
                || w.amount().subtract(parts).abs().compareTo(
                        TOLERANCES.warningLimit(unit, TOLERANCES.forSum(unit, n + 1))) <= 0) {
            return null;
        }
        return whole + " " + w.amount().toPlainString() + " 元, " + String.join(" + ", partNames) + " "
                + parts.toPlainString() + " 元";
    }
}
