package org.fiscallens.ingest.table;

import org.fiscallens.checks.ChineseLabels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What contradicts itself in a row read by position, in English and in Chinese ({@code row_not_verified}'s
 * {@code message} and {@code message_zh}); amounts in 元 as the row states them.
 *
 * @param en the failure in English, naming measures by key ({@code total 1804400 元, basic + project 1803500 元})
 * @param zh the same in Chinese, naming measures as the dashboard does (合计、基本支出 …)
 * @param sum  whether the row's own sum fails ({@link #sum}); otherwise its figures contradict each other another way
 */
record RowFailure(String en, String zh, boolean sum) {
    /** {@code whole}'s amount is not the sum of the {@code parts} the row prints. */
    static RowFailure sum(String whole, BigDecimal wholeAmount, List<String> parts, BigDecimal partsAmount, boolean threePublic) {
        List<String> zhParts = new ArrayList<>();
        parts.forEach(p -> zhParts.add(name(p, threePublic)));
        return new RowFailure(whole + " " + wholeAmount.toPlainString() + " 元, " + String.join(" + ", parts) + " "
                + partsAmount.toPlainString() + " 元",
                name(whole, threePublic) + " " + wholeAmount.toPlainString() + " 元，" + String.join(" + ", zhParts) + " "
                        + partsAmount.toPlainString() + " 元", true);
    }

    /** The row prints no 合计 while the table's other rows print theirs. */
    static RowFailure noTotal() {
        return new RowFailure("no total, where the table's other rows print theirs: its first figure may be the total,"
                + " read a column to the right", "本行未列合计，而本表其他行都列了：其第一个数字可能就是合计，被读到了右边一栏", false);
    }

    /** A 三公 line's {@code measure} (预算数 or 决算数) prints no 合计 while its other measure prints one. */
    static RowFailure noThreePublicTotal(String measure) {
        return new RowFailure("no 合计 under " + measure + ", where the line prints one under its other measure: its"
                + " first figure may be that 合计, read a column to the right",
                ChineseLabels.measure(measure) + "未列合计，而本行另一组数列了：其第一个数字可能就是合计，被读到了右边一栏", false);
    }

    /** The row's economic class belongs to one half of 基本支出, yet {@code amount} stands under the other. */
    static RowFailure wrongHalf(String code, String ownHalf, String otherHalf, BigDecimal amount) {
        return new RowFailure("economic class " + code + " is " + ownHalf + " expenditure, yet " + amount.toPlainString()
                + " 元 stands under " + otherHalf, "经济分类 " + code + " 属" + ChineseLabels.measure(ownHalf) + "，但 "
                + amount.toPlainString() + " 元列在" + ChineseLabels.measure(otherHalf) + "下", false);
    }

    /** {@code amount} stands under {@code measure}, a column the table's 合计 row leaves empty. */
    static RowFailure outsideTotal(String measure, BigDecimal amount) {
        return new RowFailure(amount.toPlainString() + " 元 stands under " + measure
                + ", a column the table's 合计 row leaves empty",
                amount.toPlainString() + " 元列在" + ChineseLabels.measure(measure) + "下，而本表合计行该栏为空", false);
    }

    private static String name(String key, boolean threePublic) {
        return threePublic ? ChineseLabels.category(key) : ChineseLabels.measure(key);
    }
}
