package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.AmountText;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads 绩效自评 tables in every row layout (tabs, OCR, one cell per line). A project's block starts at a
 * title ({@code …项目支出绩效自评表}) or a {@code 项目名称} row; inside it, a header row names the fund columns,
 * the {@code 资金总额} row holds the figures and the {@code 总分} row the score.
 */
final class PerformanceTables {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NON_DIGITS = java.util.regex.Pattern.compile("\\D");
    private static final java.util.regex.Pattern YEAR_SUFFIX = java.util.regex.Pattern.compile("\\(\\d{4}年度?\\)$");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0015");

    private final PerformanceLayout layout;
    private final java.util.regex.Pattern title;
    private final java.util.regex.Pattern projectLabel;
    private final java.util.regex.Pattern fundsLabel;
    private final java.util.regex.Pattern scoreLabel;
    private final java.util.regex.Pattern gradeWord;
    private final java.util.regex.Pattern blockScore;
    private final java.util.regex.Pattern blockGrade;
    private final java.util.regex.Pattern unitWan;
    private final java.util.regex.Pattern unitYuan;

    PerformanceTables(PerformanceLayout layout) {
        this.layout = layout;
        this.title = layout.prose("title");
        this.projectLabel = layout.prose("project_name");
        this.fundsLabel = layout.prose("funds_label");
        this.scoreLabel = layout.prose("score_label");
        this.gradeWord = layout.prose("grade");
        this.blockScore = layout.prose("block_score");
        this.blockGrade = layout.prose("block_grade");
        this.unitWan = layout.prose("unit_wan");
        this.unitYuan = layout.prose("unit_yuan");
    }

    private static final class Block {
        int firstLine;
        int lastLine;
        String titleName;
        String cellName;
        String unit;
        Map<Integer, String> header;
        PerformanceLayout.Sequence sequence;
        boolean garbledHeader;
        boolean cellPerLine;
        PerformanceRow funds;
        PerformanceRow score;
        BigDecimal proseScore;
        String proseGrade;
    }

    List<PerformanceProject> read(SourceDocument doc, DocumentInfo info, List<ParseIssue> issues, BitSet consumed) {
        List<Block> blocks = new ArrayList<>();
        Block cur = null;
        for (PerformanceRow row : PerformanceRows.of(doc)) {
            // a title holds 自评 (folding only drops characters): rows without both characters are not folded here
            if (row.holds('自') && row.holds('评')) {
                String joined = row.joined();
                Matcher title = this.title.matcher(joined);
                if (joined.length() < 200 && joined.contains("自评") && title.matches()) {
                    cur = open(blocks, row);
                    cur.titleName = YEAR_SUFFIX.matcher(title.group("name")).replaceAll("");
                    continue;
                }
            }
            Optional<String> name = projectName(row);
            if (name.isPresent()) {
                if (cur == null || cur.funds != null) {
                    cur = open(blocks, row);
                }
                if (cur.cellName == null) {
                    cur.cellName = name.get();
                }
                continue;
            }
            if (cur == null) {
                continue;
            }
            cur.lastLine = row.lastLine();
            cur.cellPerLine |= row.cellPerLine();
            if (cur.unit == null && cur.funds == null) {
                if (unitWan.matcher(row.joined()).find()) {
                    cur.unit = "万元";
                } else if (unitYuan.matcher(row.joined()).find()) {
                    cur.unit = "元";
                }
            }
            if (cur.funds == null) {
                String joined = row.joined();
                if (joined.contains("执行") || joined.contains("申报")) {
                    header(row, cur);
                }
                if (cur.header != null && joined.contains("资金总额") && isFundsRow(row)) {
                    cur.funds = row;
                }
                continue;
            }
            // 分, 总 and 息 are in the folded row exactly when they are in its cells
            if (cur.score == null && (row.holds('分') || row.holds('总') || row.holds('息')) && isScoreRow(row)) {
                cur.score = row;
            }
            if (!row.cellPerLine() && row.cells().size() == 1) { // prose inside the block (an evaluation report)
                if (cur.proseScore == null) {
                    Matcher s = blockScore.matcher(row.joined());
                    if (s.find()) {
                        cur.proseScore = new BigDecimal(s.group("score"));
                    }
                }
                if (cur.proseGrade == null) {
                    Matcher g = blockGrade.matcher(row.joined());
                    if (g.find()) {
                        cur.proseGrade = g.group("grade");
                    }
                }
            }
        }
        List<PerformanceProject> out = new ArrayList<>();
        String docUnit = null;
        for (Block b : blocks) {
            if (b.funds == null) {
                continue;
            }
            if (b.unit == null) {
                b.unit = docUnit != null ? docUnit : info == null ? null : info.sourceUnit();
            } else {
                docUnit = b.unit;
            }
            project(b, doc, issues).ifPresent(out::add);
            consumed.set(b.firstLine, Math.max(b.firstLine, b.lastLine) + 1);
        }
        return out;
    }

    private static Block open(List<Block> blocks, PerformanceRow row) {
        Block b = new Block();
        b.firstLine = row.firstLine();
        b.lastLine = row.lastLine();
        blocks.add(b);
        return b;
    }

    private Optional<String> projectName(PerformanceRow row) {
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

    private void header(PerformanceRow row, Block b) {
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

    private boolean isFundsRow(PerformanceRow row) {
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

    private int fundsLabel(PerformanceRow row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (fundsLabel.matcher(row.folded(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private boolean isScoreRow(PerformanceRow row) {
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

    private Optional<PerformanceProject> project(Block b, SourceDocument doc, List<ParseIssue> issues) {
        String name = b.titleName != null && !b.titleName.isEmpty() ? b.titleName : b.cellName;
        boolean ocr = b.garbledHeader;
        Map<String, String> cells = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>(); // where a cell stands in the row, when read by its header
        List<String> row = b.funds.cells();
        int label = fundsLabel(b.funds);
        String layoutKey;
        if (b.sequence != null) {
            List<String> tokens = new ArrayList<>();
            for (int i = label + 1; i < row.size(); i++) {
                if (!row.get(i).isBlank()) {
                    tokens.add(row.get(i));
                }
            }
            while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).chars().noneMatch(Character::isDigit)) {
                tokens.remove(tokens.size() - 1); // a trailing 偏差原因 text
            }
            positional(b, tokens, cells, doc, issues, name);
            ocr = true;
        } else {
            b.header.forEach((index, key) -> {
                if (index < row.size() && !row.get(index).isBlank()) {
                    cells.put(key, row.get(index));
                    columns.put(key, index);
                }
            });
        }
        for (String v : cells.values()) {
            ocr |= OcrNumber.repaired(v);
        }
        layoutKey = b.cellPerLine ? "table.cell_per_line" : ocr ? "table.ocr" : "table.tab";
        boolean thousandsRow = cells.values().stream().anyMatch(OcrNumber::thousandsEvidence);

        Map<String, BigDecimal> v = resolve(cells, thousandsRow);
        for (var e : cells.entrySet()) {
            if (!v.containsKey(e.getKey()) && !e.getKey().equals("initial_from_declared")) {
                Integer column = columns.get(e.getKey());
                issues.add(issue(doc, column == null ? b.funds.firstLine() : b.funds.lineOf(column), layoutKey,
                        "ambiguous_amount", "warning",
                        "绩效自评 '" + name + "': cell " + e.getKey() + " = '" + e.getValue().strip()
                                + "' has no single reading the row's arithmetic confirms; left empty",
                        "绩效自评“" + name + "”：单元格 " + e.getKey() + " = “" + e.getValue().strip()
                                + "”没有一种读法能被该行的算术关系确认，留空",
                        column == null ? String.join("\t", row) : b.funds.rawOf(column)));
            }
        }
        if (cells.containsKey("initial_from_declared") && v.containsKey("declared")) {
            v.put("initial", v.get("declared"));
        }
        String unit = b.unit;
        if (unit == null) {
            issues.add(issue(doc, b.funds.firstLine(), layoutKey, "unknown_unit", "error",
                    "绩效自评 '" + name + "': no unit stated (万元/元); amounts left empty",
                    "绩效自评“" + name + "”：未注明金额单位（万元/元），金额留空", String.join("\t", row)));
        }
        BigDecimal rate = v.get("rate") == null ? null : v.get("rate").movePointLeft(2);
        BigDecimal score = null;
        String grade = null;
        if (b.score != null) {
            List<String> sc = b.score.cells();
            int at = -1;
            int last = -1; // the last cell holding a digit: the score (得分) stands after the points (分值)
            for (int i = 0; i < sc.size(); i++) {
                List<BigDecimal> r = OcrNumber.readings(sc.get(i));
                if (r.size() == 1 && i > 0) {
                    score = r.get(0);
                    at = i;
                }
                if (i > 0 && sc.get(i).chars().anyMatch(Character::isDigit)) {
                    last = i;
                }
            }
            if (last > at) { // the score cell cannot be read: do not take the points beside it for the score
                issues.add(issue(doc, b.score.lineOf(last), layoutKey, "malformed_amount", "error",
                        "绩效自评 '" + name + "': score cell '" + sc.get(last).strip() + "' is not a readable number; score left empty",
                        "绩效自评“" + name + "”：得分单元格“" + sc.get(last).strip() + "”不是可读的数字，得分留空",
                        b.score.rawOf(last)));
                score = null;
                at = last;
            }
            for (int i = Math.max(at, 0); i < sc.size(); i++) {
                if (gradeWord.matcher(b.score.folded(i)).matches()) {
                    grade = b.score.folded(i);
                }
            }
        }
        if (score == null) {
            score = b.proseScore;
        }
        if (grade == null) {
            grade = b.proseGrade;
        }
        return Optional.of(new PerformanceProject(doc.docId(), name, yuan(v.get("initial"), unit),
                yuan(v.get("full_year"), unit), yuan(v.get("executed"), unit), rate, score, grade, layoutKey,
                b.firstLine));
    }

    /**
     * Reads an OCR'd funds row by position: the right-anchored columns from the right, the first column,
     * and between them the 预算编制数, which OCR often splits ({@code 6 | 0}) or garbles ({@code 37 | 72. 5}).
     * A garbled 预算编制数 whose digits repeat the 目标申报数 in order is read as that value, with an issue.
     *
     * @return whether OCR repair was needed
     */
    private boolean positional(Block b, List<String> tokens, Map<String, String> cells, SourceDocument doc,
                               List<ParseIssue> issues, String name) {
        PerformanceLayout.Sequence s = b.sequence;
        List<String> right = s.rightAnchored();
        List<String> left = s.columns().subList(0, s.columns().size() - right.size());
        int n = tokens.size();
        if (n < right.size()) {
            issues.add(issue(doc, b.funds.firstLine(), "table.ocr", "unreadable_row", "warning",
                    "绩效自评 '" + name + "': funds row has " + n + " numbers, expected " + s.columns().size(),
                    "绩效自评“" + name + "”：资金行有 " + n + " 个数字，应为 " + s.columns().size() + " 个",
                    String.join("\t", b.funds.cells())));
            return true;
        }
        for (int i = 0; i < right.size(); i++) {
            cells.put(right.get(i), tokens.get(n - right.size() + i));
        }
        List<String> rest = tokens.subList(0, n - right.size());
        if (rest.size() == left.size()) {
            for (int i = 0; i < left.size(); i++) {
                cells.put(left.get(i), rest.get(i));
            }
            return false;
        }
        if (rest.isEmpty()) {
            return true;
        }
        cells.put(left.get(0), rest.get(0));
        String middle = String.join("|", rest.subList(1, rest.size()));
        String digits = NON_DIGITS.matcher(middle).replaceAll("");
        String declared = NON_DIGITS.matcher(rest.get(0)).replaceAll("");
        if (left.size() == 2 && !declared.isEmpty() && isSubsequence(declared, digits)) {
            cells.put("initial_from_declared", rest.get(0));
            issues.add(issue(doc, b.funds.firstLine(), "table.ocr", "garbled_cell", "warning",
                    "绩效自评 '" + name + "': 预算编制数 printed as '" + middle + "'; read as the 目标申报数 "
                            + WHITESPACE.matcher(rest.get(0)).replaceAll("") + ", whose digits it repeats",
                    "绩效自评“" + name + "”：预算编制数印为“" + middle + "”，按与其数字相同的目标申报数 "
                            + WHITESPACE.matcher(rest.get(0)).replaceAll("") + " 读取", String.join("\t", b.funds.cells())));
        } else {
            issues.add(issue(doc, b.funds.firstLine(), "table.ocr", "garbled_cell", "warning",
                    "绩效自评 '" + name + "': 年初预算数 printed as '" + middle + "' cannot be read; left empty",
                    "绩效自评“" + name + "”：年初预算数印为“" + middle + "”，无法读取，留空",
                    String.join("\t", b.funds.cells())));
        }
        return true;
    }

    private static boolean isSubsequence(String needle, String hay) {
        int k = 0;
        for (int i = 0; i < hay.length() && k < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(k)) {
                k++;
            }
        }
        return k == needle.length();
    }

    /**
     * Chooses one reading per cell: the combination where 全年预算数 − 全年执行数 = 结余 (when all three are
     * stated), else the only reading; a comma proven to be a thousands separator elsewhere in the row
     * decides the rest. Cells left without a single reading are absent from the result.
     */
    private static Map<String, BigDecimal> resolve(Map<String, String> cells, boolean thousandsRow) {
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

    private static BigDecimal yuan(BigDecimal amount, String unit) {
        return amount == null || unit == null ? null : AmountText.toYuan(amount, unit);
    }

    private static ParseIssue issue(SourceDocument doc, int line, String layout, String kind, String severity,
                                    String message, String messageZh, String raw) {
        return new ParseIssue(doc.path(), doc.docId(), line, "performance." + layout, kind, severity, message, messageZh,
                raw);
    }
}
