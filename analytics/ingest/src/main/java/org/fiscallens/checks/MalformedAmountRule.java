package org.fiscallens.checks;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.source.AmountText;
import org.fiscallens.ingest.table.LineItem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Amounts printed in a form that cannot be read ({@code 1.367.05万元}: two decimal points; {@code 12,34.5元}):
 * never guessed, always reported. When a table figure has exactly the same digits, it is named as the likely
 * intended value (expected), so a reader can confirm it; the actual value stays null (unread).
 * Also turns the extractors' {@code malformed_amount} issues into checks.
 */
final class MalformedAmountRule implements CheckRule {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[.,]");

    @Override
    public String key() {
        return "malformed_amount";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        if (ctx.document() != null) {
            for (int n = 1; n <= ctx.document().lineCount(); n++) {
                if (ctx.document().line(n).indexOf('元') < 0) {
                    continue;
                }
                String line = ctx.document().line(n);
                int line0 = n;
                numbersWithUnit(line, (token, unit) -> {
                    if (AmountText.parse(token).isEmpty()) {
                        out.add(check(ctx, token, unit, line0));
                        done.add(line0);
                    }
                });
            }
        }
        for (ParseIssue i : ctx.issues()) {
            if ("malformed_amount".equals(i.kind()) && i.line() > 0 && done.add(i.line())) {
                out.add(Comparisons.check(ctx, key(), "line:" + i.line(), "error", false, null, null, BigDecimal.ZERO,
                        List.of(i.line()), new CheckText("an amount could not be read and was not guessed: " + i.message(),
                                "第 " + i.line() + " 行有金额无法读取，未作推测：" + i.messageZh())));
            }
        }
        return out;
    }

    /**
     * Every number printed with a money unit in {@code line}, left to right: what the regex
     * {@code (?<![\d.,])(\d[\d.,]*\d)\s*(万元|元)} finds (group 1, group 2), found by scanning, as the rule
     * reads every line holding 元. A number starts at a digit not preceded by a digit, point or comma, runs
     * over digits, points and commas, and must end with a digit right before the (optionally spaced) unit.
     */
    static void numbersWithUnit(String line, java.util.function.BiConsumer<String, String> sink) {
        int n = line.length();
        int p = 0;
        while (p < n) {
            char c = line.charAt(p);
            if (!isDigit(c) || (p > 0 && isNumberChar(line.charAt(p - 1)))) {
                p++;
                continue;
            }
            int q = p + 1;
            while (q < n && isNumberChar(line.charAt(q))) {
                q++;
            }
            if (q - p >= 2 && isDigit(line.charAt(q - 1))) {
                int r = q;
                while (r < n && isRegexSpace(line.charAt(r))) {
                    r++;
                }
                String unit = line.startsWith("万元", r) ? "万元" : line.startsWith("元", r) ? "元" : null;
                if (unit != null) {
                    sink.accept(line.substring(p, q), unit);
                    p = r + unit.length();
                    continue;
                }
            }
            p = q; // no position inside the number can start one (its left neighbour is a digit, point or comma)
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == '.' || c == ',';
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private Check check(CheckContext ctx, String token, String unit, int line) {
        String digits = SEPARATORS.matcher(token).replaceAll("");
        Optional<LineItem> match = sameDigits(ctx, digits, unit);
        List<Integer> lines = new ArrayList<>(List.of(line));
        match.ifPresent(i -> lines.add(i.sourceLine()));
        boolean points = token.chars().filter(c -> c == '.').count() > 1;
        String why = points ? "more than one decimal point" : "separators in the wrong places";
        return Comparisons.check(ctx, key(), "line:" + line, "error", false, match.map(LineItem::amount).orElse(null),
                null, BigDecimal.ZERO, lines, new CheckText("«" + token + unit + "» at line " + line
                        + " is not a well-formed amount (" + why + "); it was not read" + match.map(i -> ". The tables print "
                        + Comparisons.show(ctx, i.amount()) + " with the same digits ("
                        + (i.tableCode() == null ? i.tableKind() : i.tableCode()) + " line " + i.sourceLine()
                        + ", " + i.name() + " " + i.measure() + "), the likely intended value").orElse(
                        "; no table figure has the same digits"),
                        "第 " + line + " 行的«" + token + unit + "»不是格式正确的金额（" + (points ? "有多个小数点" : "分隔符位置不对")
                                + "），未读取" + match.map(i -> "。表中有数字相同的数额 " + Comparisons.show(ctx, i.amount())
                                + "（" + ChineseLabels.table(i) + " 第 " + i.sourceLine() + " 行，" + i.name() + " "
                                + ChineseLabels.measure(i.measure()) + "），可能是本意").orElse("；表中没有数字相同的数额")));
    }

    private static Optional<LineItem> sameDigits(CheckContext ctx, String digits, String unit) {
        for (LineItem i : ctx.lineItems()) {
            BigDecimal printed = "万元".equals(unit) ? i.amount().movePointLeft(4) : i.amount();
            String p = printed.setScale(2, RoundingMode.HALF_UP).toPlainString().replace(".", "").replace("-", "");
            String q = printed.stripTrailingZeros().toPlainString().replace(".", "").replace("-", "");
            if (p.equals(digits) || q.equals(digits)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
