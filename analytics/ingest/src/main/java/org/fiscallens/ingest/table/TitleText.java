package org.fiscallens.ingest.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the short lines around a table: titles, table codes, 单位 lines, notes and part headings. */
final class TitleText {
    private static final Pattern CONTINUED = Pattern.compile("\\(续表?\\)$|续表$|\\(续\\d*\\)$");
    private static final Pattern SENTENCE = Pattern.compile("[，。；;]");
    private static final Pattern YEAR = Pattern.compile("^(附件\\d*[:：]?)?.{0,20}?\\d{4}年度?|\\(\\d{4}年度?\\)$");
    private static final Pattern CODE = Pattern.compile("^(?:(公开|预算)(\\d{1,2})表?|表(\\d{1,2}))$");
    private static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*(万元|万|元)");
    private static final Pattern CAPTION = Pattern.compile("^(部门|单位|预算单位|编制单位|填报单位)(名称)?\\s*[:：]");
    private static final Pattern NOTE = Pattern.compile("^[*\\s]*(注|说明|备注|各注|附注)\\s*[:：,，、]");
    private static final Pattern HEADING = Pattern.compile("^[#*\\s]*(第[一二三四五六七八九十]+部分|#)");

    /** The longest compacted text taken for a table title. */
    static final int MAX_TITLE_LENGTH = 70;

    private TitleText() {
    }

    /** The compacted title without a year prefix, ordinal or trailing (2026年度), for descriptor matching. */
    static String titleKey(String raw) {
        String k = Labels.key(raw);
        String prev;
        do {
            prev = k;
            k = YEAR.matcher(k).replaceAll("");
            k = CONTINUED.matcher(k).replaceAll("");
            k = Labels.key(k);
        } while (!k.equals(prev));
        return k;
    }

    /** Whether a title says the table continues from the previous page ({@code （续表）}). */
    static boolean continued(String raw) {
        return CONTINUED.matcher(Labels.compact(raw)).find();
    }

    /** Whether a line could be a title: short, ends like a table name, no sentence punctuation. */
    static boolean titleShaped(String compact) {
        return !compact.isEmpty() && compact.length() <= MAX_TITLE_LENGTH && compact.contains("表")
                && !SENTENCE.matcher(compact).find();
    }

    /** The table code a line states ({@code 公开05表}, {@code 预算01表}, {@code 表5}), normalised; or empty. */
    static Optional<String> tableCode(String raw) {
        // literal pre-filter: a code needs 表, 公开 or 预算, which compacting keeps
        if (raw.indexOf('表') < 0 && raw.indexOf('公') < 0 && raw.indexOf('预') < 0) {
            return Optional.empty();
        }
        if (keepsMoreThan(raw, 5)) {
            return Optional.empty(); // 公开12表 is the longest code; no need to compact a longer line
        }
        String compact = Labels.compact(raw);
        if (compact.length() > 5) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) != null) {
            return Optional.of("表" + Integer.parseInt(m.group(3)));
        }
        int n = Integer.parseInt(m.group(2)); // one or two digits: 0..99, written with two
        return Optional.of(m.group(1) + (n < 10 ? "0" + n : String.valueOf(n)) + "表");
    }

    /**
     * Whether {@link Labels#compact} of {@code raw} surely has more than {@code max} characters: counts the
     * characters it never removes (all but whitespace, markup and dashes), a lower bound of its length.
     */
    static boolean keepsMoreThan(String raw, int max) {
        if (raw.length() <= max) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < raw.length(); i++) {
            switch (raw.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '*', '#', '《', '》', '<', '>', '-' -> {
                }
                default -> {
                    if (++kept > max) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code 元} or {@code 万元} when the line states a unit. */
    static Optional<String> unit(String raw) {
        if (!raw.contains("单位")) {
            return Optional.empty();
        }
        Matcher m = UNIT.matcher(raw.replace('：', ':'));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).startsWith("万") ? "万元" : "元");
    }

    /** Whether a cell names whose table it is ({@code 部门名称：新乡县医疗保障局}, {@code 编制单位：…}). */
    static boolean isCaption(String cell) {
        return (cell.indexOf('：') >= 0 || cell.indexOf(':') >= 0) && CAPTION.matcher(cell.strip()).find();
    }

    static boolean isNote(String raw) {
        if (raw.indexOf('注') < 0 && raw.indexOf('说') < 0) {
            return false; // literal pre-filter: every note word but 说明 holds 注
        }
        return NOTE.matcher(raw).find();
    }

    static boolean isHeading(String raw) {
        if (raw.indexOf('#') < 0 && raw.indexOf('第') < 0) {
            return false;
        }
        return HEADING.matcher(raw).find();
    }
}
