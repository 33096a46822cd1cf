package org.fiscallens.ingest.coverage;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;
import org.fiscallens.ingest.table.ClassCodes;
import org.fiscallens.ingest.table.TableStatus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every line that looks like data (carries an amount) but that no extractor consumed and no issue
 * already names (未解析的数据行). Each becomes an {@code unexplained_data_line} issue whose message says where
 * the line sits (the nearest heading or table title above it, with its line number) and which amounts it
 * carries, so a reader can check it. Lines explained by a named non-data rule ({@link LineRules}) are
 * summarised in one {@code non_data_lines} info issue per rule instead. Thread-safe.
 */
public final class LineAudit {
    private static final Pattern TABLE_NUMBER =
            Pattern.compile("(?:表\\s*\\d{1,2}|公开\\s*\\d{1,2}\\s*表?|预算\\s*\\d{1,2}\\s*表)");
    private static final Pattern MARKDOWN = Pattern.compile("^#+\\s*");
    private static final Pattern INTEGER = Pattern.compile("\\d{3,12}");
    private final Pattern cellSeparator;
    private final Pattern amountToken;
    private final Pattern notAfter;
    private final String notBefore;
    private final List<Pattern> headings;
    private final List<LineRules.NonDataRule> nonData;
    private final List<Pattern[]> nonDataPatterns;

    public LineAudit(LineRules rules) {
        this.cellSeparator = Pattern.compile(rules.cellSeparator());
        // the token patterns in order of preference, as one alternation: one scan per line
        this.amountToken = Pattern.compile(String.join("|", rules.amountTokens().stream().map(t -> "(?:" + t + ")").toList()));
        this.notAfter = Pattern.compile(rules.notAmountAfter());
        this.notBefore = rules.notAmountBeforeChars();
        this.headings = rules.headingPatterns().stream().map(Pattern::compile).toList();
        this.nonData = rules.nonData();
        this.nonDataPatterns = rules.nonData().stream()
                .map(r -> new Pattern[]{Pattern.compile(r.context()), Pattern.compile(r.pattern())}).toList();
    }

    public static LineAudit standard() {
        return new LineAudit(LineRules.standard());
    }

    /**
     * @param consumed lines the extractors explained
     * @param reported lines already named by an issue (a malformed amount, …)
     */
    public List<ParseIssue> audit(SourceDocument doc, DocumentInfo info, BitSet consumed, BitSet reported,
                                  List<TableStatus> tables) {
        List<ParseIssue> out = new ArrayList<>();
        Map<String, List<Integer>> explained = new LinkedHashMap<>();
        int headingLine = 0;
        String heading = null;
        Matcher[] headingMatchers = new Matcher[headings.size()]; // reset per line
        for (int i = 0; i < headingMatchers.length; i++) {
            headingMatchers[i] = headings.get(i).matcher("");
        }
        for (int n = 1; n <= doc.lineCount(); n++) {
            String line = doc.line(n);
            String stripped = line.length() > 100 ? "" : withoutMarkdown(line);
            if (isHeading(stripped, headingMatchers)) {
                boolean tableNumber = TABLE_NUMBER.matcher(stripped).matches();
                if (tableNumber && heading != null && n - headingLine <= 4) {
                    heading = heading + " " + stripped;
                } else if (!tableNumber && heading != null && n - headingLine <= 4
                        && TABLE_NUMBER.matcher(heading).matches()) {
                    heading = heading + " " + stripped;
                } else {
                    heading = stripped;
                    headingLine = n;
                }
            }
            if (consumed.get(n) || reported.get(n)) {
                continue;
            }
            List<String> amounts = amounts(line);
            if (amounts.isEmpty()) {
                continue;
            }
            String rule = nonDataRule(heading, line);
            if (rule != null) {
                explained.computeIfAbsent(rule, k -> new ArrayList<>()).add(n);
                continue;
            }
            Reason why = reason(n, line, amounts, heading, headingLine, tables);
            out.add(new ParseIssue(info.sourcePath(), info.docId(), n, info.layout(), "unexplained_data_line", "warning",
                    why.en(), why.zh(), line));
        }
        for (int i = 0; i < nonData.size(); i++) {
            List<Integer> lines = explained.get(nonData.get(i).key());
            if (lines != null) {
                out.add(new ParseIssue(info.sourcePath(), info.docId(), 0, "coverage:" + nonData.get(i).key(),
                        "non_data_lines", "info", lines.size() + " data-looking line(s) explained as "
                        + nonData.get(i).reason() + ": lines " + ranges(lines),
                        lines.size() + " 行看似数据，判定为" + nonData.get(i).reasonZh() + "：第 " + ranges(lines) + " 行",
                        null));
            }
        }
        return out;
    }

    /**
     * A document whose last non-blank line is a table row carrying amounts was cut off inside a table
     * (a complete disclosure ends with a note, prose or an attachment, not mid-table).
     */
    public java.util.Optional<ParseIssue> truncatedInsideTable(SourceDocument doc, DocumentInfo info) {
        for (int n = doc.lineCount(); n >= 1; n--) {
            String line = doc.line(n);
            if (line.isBlank()) {
                continue;
            }
            if (cellSeparator.matcher(line.strip()).find() && !amounts(line).isEmpty()) {
                return java.util.Optional.of(new ParseIssue(info.sourcePath(), info.docId(), n, info.layout(),
                        "truncated_document", "error", "the document ends at line " + n
                        + " in the middle of a table (its last line is a table row with amounts, no closing note):"
                        + " the file looks cut off, rows and tables after this line are missing",
                        "文件在第 " + n + " 行的表格中间结束（最后一行是带金额的表格行，没有结尾说明）："
                                + "文件似被截断，此后的行和表格缺失", line));
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** The amount-like tokens of a line, in order. */
    public List<String> amounts(String line) {
        List<String> found = new ArrayList<>();
        if (!hasDigit(line)) {
            return found;
        }
        Matcher m = amountToken.matcher(line);
        Matcher after = notAfter.matcher(line);
        while (m.find()) {
            String token = m.group();
            boolean endsWithUnit = token.endsWith("元");
            if (!endsWithUnit && (after.region(m.end(), line.length()).lookingAt() || excludedBefore(line, m.start()))) {
                continue;
            }
            if (!endsWithUnit && INTEGER.matcher(token).matches() && isCodeCell(line, m.start(), m.end())) {
                continue;
            }
            found.add(token.strip());
        }
        return found;
    }

    /**
     * Whether a character of {@code notAmountBeforeChars} stands right before {@code start}, or one space before it;
     * a cell separator (a tab, two spaces) between them means the character ends another cell.
     */
    private boolean excludedBefore(String line, int start) {
        int i = start - 1;
        if (i >= 0 && line.charAt(i) != '\t' && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i >= 0 && notBefore.indexOf(line.charAt(i)) >= 0;
    }

    /**
     * A 3/5/6/7-digit number alone in a cell and followed by a name cell is a code, not an amount, where only codes or
     * empty cells stand before it ({@code 209 | 西乡县医疗保障局 | 80000}) or where it has a classification code's
     * shape ({@link ClassCodes#shaped}: {@code 30202 | 印刷费 | 50502 | 商品和服务支出}); after a name,
     * any other number is an amount in 元 ({@code | 医保政策宣传培训 | 80000 | 职工医保…}).
     */
    private boolean isCodeCell(String line, int start, int end) {
        String digits = line.substring(start, end);
        String before = line.substring(0, start).stripTrailing();
        String after = line.substring(end).stripLeading();
        if ((before.endsWith("(") || before.endsWith("（")) && (after.startsWith(")") || after.startsWith("）"))) {
            return true; // a code quoted in prose: 事业单位医疗（2101102）
        }
        if (digits.length() != 3 && digits.length() != 5 && digits.length() != 7 && digits.length() != 6) {
            return digits.length() > 8; // long identifiers (project codes) are not amounts
        }
        if (!onlyCodesBefore(before) && !ClassCodes.shaped(digits)) {
            return false;
        }
        String rest = line.substring(end);
        Matcher sep = cellSeparator.matcher(rest);
        if (!sep.lookingAt()) {
            return false;
        }
        String next = rest.substring(sep.end()).strip();
        return !next.isEmpty() && !Character.isDigit(next.charAt(0));
    }

    private static boolean onlyCodesBefore(String before) {
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (!Character.isWhitespace(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The line without {@code *}, surrounding whitespace and a leading {@code #} run. */
    private static String withoutMarkdown(String line) {
        String s = line.replace("*", "").strip();
        return s.startsWith("#") ? MARKDOWN.matcher(s).replaceFirst("") : s; // MARKDOWN is anchored at a #
    }

    /** Whether a stripped line is a heading; {@code headingMatchers}: one per heading pattern, in order. */
    private boolean isHeading(String stripped, Matcher[] headingMatchers) {
        if (stripped.isEmpty() || stripped.length() > 60 || stripped.indexOf('\t') >= 0) {
            return false;
        }
        for (Matcher m : headingMatchers) {
            if (m.reset(stripped).find()) {
                return amounts(stripped).isEmpty();
            }
        }
        return false;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private String nonDataRule(String heading, String line) {
        for (int i = 0; i < nonData.size(); i++) {
            Pattern[] p = nonDataPatterns.get(i);
            if (heading != null && p[0].matcher(heading).find() && p[1].matcher(line).find()) {
                return nonData.get(i).key();
            }
        }
        return null;
    }

    /** Why an unread line carrying amounts was not read, in English and in Chinese. */
    private record Reason(String en, String zh) {
    }

    /**
     * Why line {@code n} was not read. Its table is the last one whose title stands at or above it and no more than a
     * few lines above the nearest heading (a 表N line may precede its heading); a title below that heading is the
     * closer place to name.
     */
    private Reason reason(int n, String line, List<String> amounts, String heading, int headingLine,
                          List<TableStatus> tables) {
        boolean tabular = cellSeparator.matcher(line.strip()).find();
        TableStatus table = null;
        for (TableStatus t : tables) {
            if (t.titleLine() > 0 && t.titleLine() <= n && t.titleLine() >= headingLine - 12
                    && !"missing".equals(t.status()) && (table == null || t.titleLine() >= table.titleLine())) {
                table = t;
            }
        }
        boolean underTitle = tabular && table != null && table.title() != null && table.titleLine() > headingLine;
        if (underTitle) {
            heading = table.title();
            headingLine = table.titleLine();
        }
        String where = heading == null ? "before any heading" : "under «" + heading + "» (line " + headingLine + ")";
        String whereZh = heading == null ? "在所有标题之前" : "在标题«" + heading + "»（第 " + headingLine + " 行）下";
        String shown = String.join(", ", amounts.subList(0, Math.min(6, amounts.size())))
                + (amounts.size() > 6 ? ", …" : "");
        if (tabular && table != null) {
            return new Reason("table row " + where + " inside table " + table.tableKind()
                    + (table.tableCode() == null ? "" : " (" + table.tableCode() + ")")
                    + " carries amounts [" + shown + "] that its layout did not read (no matching row label or column)",
                    whereZh + (underTitle ? "" : "、" + (table.tableCode() == null ? "" : table.tableCode() + " ")
                            + (table.title() == null ? table.tableKind() : table.title()) + " 中") + "的表格行有金额 [" + shown
                            + "]，表格版式未能读取（没有对应的行名或列）");
        }
        if (tabular) {
            return new Reason("table row " + where + " carries amounts [" + shown
                    + "] but the table is not one a layout descriptor recognises",
                    whereZh + "的表格行有金额 [" + shown + "]，但该表不是已知版式能识别的表格");
        }
        return new Reason("sentence " + where + " states amounts [" + shown + "] that no narrative pattern read",
                whereZh + "的句子列有金额 [" + shown + "]，没有哪条文字规则读取");
    }

    static String ranges(List<Integer> lines) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(lines.get(i));
            if (j > i) {
                sb.append('-').append(lines.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
