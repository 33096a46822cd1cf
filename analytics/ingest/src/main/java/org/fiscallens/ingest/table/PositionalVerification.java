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
 * 其他运转类 plus 特定目标类. A row of fund sources (财政拨款收支总表's 支出 side) is held to 合计 = 一般公共预算 +
 * 政府性基金 + 国有资本经营预算, and its 其中：财政拨款 to no more than 一般公共预算. No row may fill a column that its
 * table's 合计 row, read whole, leaves empty, and a 三公 line's 预算数 or 决算数 printing no 合计 where the line's other
 * measure prints one is refused (its first figure may be that 合计, read a column to the right). A row whose sums hold is still refused where it prints no 合计 while the table's other
 * rows print theirs (its first figure may be that 合计, read a column to the right), or where its 部门预算经济分类 class
 * puts it in one half of 基本支出 and it has an amount in the other (302 商品和服务支出 under 人员经费); a refused row
 * loses the items of both its classifications' codes. A positional row whose code the catalog names
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
    /** The fund sources of a 财政拨款收支总表's 支出 side: 合计 is 一般公共预算 plus 政府性基金 plus 国有资本经营预算. */
    private static final java.util.Set<String> FUNDS =
            java.util.Set.of("total", "general_budget", "fiscal", "gov_fund", "state_capital");

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
            rows.computeIfAbsent(rowKey(i), k -> new LinkedHashMap<>()).putIfAbsent(i.measure(), i);
        }
        Map<List<Object>, String> economicClass = new java.util.HashMap<>(); // a row's 部门预算经济分类 code
        for (LineItem i : items) {
            if (positional(i) && "dept_economic".equals(i.classification()) && i.code() != null) {
                economicClass.putIfAbsent(rowKey(i), i.code());
            }
        }
        java.util.Set<List<String>> totals = new java.util.HashSet<>(); // tables and sides whose rows print a total
        for (Map<String, LineItem> row : rows.values()) {
            if (row.containsKey("total")) {
                totals.add(table(row.values().iterator().next()));
            }
        }
        Map<List<String>, java.util.Set<String>> filledByTotal = filledByTotalRows(rows.values());
        List<LineItem> refused = new ArrayList<>();
        java.util.Set<List<Object>> refusedRows = new java.util.HashSet<>(); // every item of them: both classes' codes
        for (Map<String, LineItem> row : rows.values()) {
            LineItem any = row.values().iterator().next();
            String failure;
            if (FUNDS.containsAll(row.keySet()) && !SUMMED.containsAll(row.keySet())) {
                failure = sum(row, unit, "total", "general_budget", "gov_fund", "state_capital");
                failure = failure != null ? failure : ofWhich(row, unit, "general_budget", "fiscal");
            } else if (!SUMMED.containsAll(row.keySet())) {
                // other columns (上缴上级支出, 经营支出 …) count in its 合计 too, but none in 基本支出 or 项目支出
                failure = whole(row, unit, "basic", "personnel", "public");
                failure = failure != null ? failure : whole(row, unit, "project", "project_operating", "project_specific");
            } else if (row.containsKey("basic")) {
                failure = sum(row, unit, "total", "basic", "project");
                failure = failure != null ? failure : sum(row, unit, "basic", "personnel", "public");
            } else { // 人员经费 | 公用经费 | 项目支出 without a 基本支出 column
                failure = sum(row, unit, "total", "personnel", "public", "project");
            }
            boolean sums = failure != null;
            if (failure == null && !row.containsKey("total") && totals.contains(table(any))) {
                failure = "no total, where the table's other rows print theirs: its first figure may be the total, read"
                        + " a column to the right";
            }
            if (failure == null) {
                failure = wrongHalf(row, economicClass.get(rowKey(any)));
            }
            if (failure == null) {
                failure = outsideTotal(row, filledByTotal.get(table(any)));
            }
            if (failure != null) {
                refusedRows.add(rowKey(any));
                issues.add(notVerified(doc, any, failure, row.size(), sums));
            }
        }
        Map<List<Object>, Map<String, LineItem>> threePublic = threePublicRows(items);
        java.util.Set<List<Object>> linesWithTotal = new java.util.HashSet<>(); // 三公 lines one of whose measures has a 合计
        threePublic.forEach((key, row) -> {
            if (row.containsKey("total")) {
                linesWithTotal.add(key.subList(0, 2));
            }
        });
        for (Map.Entry<List<Object>, Map<String, LineItem>> e : threePublic.entrySet()) {
            Map<String, LineItem> row = e.getValue();
            if (!row.containsKey("total") && linesWithTotal.contains(e.getKey().subList(0, 2))
                    && row.values().stream().anyMatch(i -> i.amount() != null && i.amount().signum() != 0)) {
                refused.addAll(row.values());
                issues.add(notVerified(doc, row.values().iterator().next(), "no 合计 under " + e.getKey().get(2)
                        + ", where the line prints one under its other measure: its first figure may be that 合计, read"
                        + " a column to the right", row.size(), false));
                continue;
            }
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
        if (!refusedRows.isEmpty()) {
            kept.removeIf(i -> positional(i) && refusedRows.contains(rowKey(i)));
        }
        return withCodesMatchingNames(doc, kept, issues);
    }

    /**
     * For each table and side whose 合计 row was read by position, whole — its total, at least one part, and as many
     * amounts as its line prints numbers (a figure lost to an unread column would make an empty column of a full
     * one) — the measures that row fills with an amount other than zero.
     */
    private static Map<List<String>, java.util.Set<String>> filledByTotalRows(java.util.Collection<Map<String, LineItem>> rows) {
        Map<List<String>, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Map<String, LineItem> row : rows) {
            LineItem any = row.values().iterator().next();
            if (!"total".equals(any.code()) || !row.containsKey("total") || row.size() < 2
                    || numbersOn(any.rawLine()) != row.size()) {
                continue;
            }
            java.util.Set<String> filled = new java.util.HashSet<>();
            row.forEach((measure, i) -> {
                if (i.amount() != null && i.amount().signum() != 0) {
                    filled.add(measure);
                }
            });
            out.putIfAbsent(table(any), filled);
        }
        return out;
    }

    /** How many numbers {@code line} prints between its spaces (合计 719.68 443.06 276.62: 3). */
    private static int numbersOn(String line) {
        int n = 0;
        for (String token : line.trim().split("\\s+")) {
            if (TableReading.looksNumeric(token)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where the table's 合计 row leaves a column empty (or zero) and this row has an amount there, what fails; else
     * null. 合计 is the sum of the rows, so no row can fill a column its 合计 leaves empty: the amount stands a column
     * away from its own (on a later page pdftotext spaces the columns wider than under the header).
     */
    private static String outsideTotal(Map<String, LineItem> row, java.util.Set<String> filledByTotal) {
        if (filledByTotal == null || "total".equals(row.values().iterator().next().code())) {
            return null;
        }
        for (Map.Entry<String, LineItem> e : row.entrySet()) {
            LineItem i = e.getValue();
            if (!filledByTotal.contains(e.getKey()) && i.amount() != null && i.amount().signum() != 0) {
                return i.amount().toPlainString() + " 元 stands under " + e.getKey()
                        + ", a column the table's 合计 row leaves empty";
            }
        }
        return null;
    }

    /** An item's table and side (收入 | 支出 side by side). */
    private static List<String> table(LineItem i) {
        return List.of(i.tableKind(), String.valueOf(i.tableTitle()), String.valueOf(i.columnGroup()));
    }

    /** The row an item was read from: its table, line and column group (收入 | 支出 side by side). */
    private static List<Object> rowKey(LineItem i) {
        return List.of(i.tableKind(), String.valueOf(i.tableTitle()), i.sourceLine(), String.valueOf(i.columnGroup()));
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
        return notVerified(doc, any, failure, amounts, true);
    }

    /** {@code sums}: the row's own sum fails; else its figures contradict each other otherwise (a class, no 合计). */
    private static ParseIssue notVerified(SourceDocument doc, LineItem any, String failure, int amounts, boolean sums) {
        return new ParseIssue(doc.path(), doc.docId(), any.sourceLine(), any.tableKind(),
                "row_not_verified", "error", "this row of " + any.tableTitle() + " was read by the position of"
                + " its columns and " + (sums ? "its own sum does not hold" : "contradicts itself") + " (" + failure
                + "): a figure may stand under its neighbour's column, so its " + amounts + " amounts were not read",
                any.tableTitle() + " 此行按栏位置读取，但" + (sums ? "行内合计不成立" : "行内数字自相矛盾") + "（" + failure
                        + "）：可能有数字对错了栏，其 " + amounts + " 个金额未读取", doc.line(any.sourceLine()));
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

    /**
     * Where a row's 部门预算经济分类 class decides which half of 基本支出 its amount belongs to — 人员经费 is 工资福利支出
     * (301) and 对个人和家庭的补助 (303), 公用经费 is 商品和服务支出 (302) and 资本性支出 (310) — and the row has an amount
     * in the other half ({@code 30228 工会经费 5.02 5.02} read as 合计 and 人员经费: on a later page the columns stand
     * elsewhere than under the header), what fails; else null. A row of 5.02 under 合计 and 5.02 under one half holds
     * its sums either way, so only the class tells.
     */
    private static String wrongHalf(Map<String, LineItem> row, String code) {
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
        return "economic class " + code + " is " + (half.equals("public") ? "personnel" : "public") + " expenditure, yet "
                + wrong.amount().toPlainString() + " 元 stands under " + half;
    }

    /**
     * Null unless the row prints {@code whole} and {@code part}, a column printed as 其中 (of which) under it, and the
     * part exceeds the whole beyond rounding; then what fails.
     */
    private static String ofWhich(Map<String, LineItem> row, String unit, String whole, String part) {
        LineItem w = row.get(whole);
        LineItem p = row.get(part);
        if (w == null || p == null || w.amount() == null || p.amount() == null
                || p.amount().subtract(w.amount()).compareTo(TOLERANCES.warningLimit(unit, TOLERANCES.forSum(unit, 2))) <= 0) {
            return null;
        }
        return part + " " + p.amount().toPlainString() + " 元 (of which) exceeds " + whole + " " + w.amount().toPlainString()
                + " 元";
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
