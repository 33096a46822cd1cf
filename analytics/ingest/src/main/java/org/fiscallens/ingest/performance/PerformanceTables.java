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
 * the {@code 资金总额} row holds the figures and the {@code 总分} row the score ({@link BlockRows} tells them apart).
 * A funds row under a header OCR garbled is read by position ({@link OcrFundsRow}), its cells' readings chosen by
 * the row's arithmetic ({@link FundsReadings}); the score and grade are {@link SelfScore}'s.
 */
final class PerformanceTables {
    private static final java.util.regex.Pattern YEAR_SUFFIX = java.util.regex.Pattern.compile("\\(\\d{4}年度?\\)$");

    private final BlockRows rows;
    private final java.util.regex.Pattern title;
    private final java.util.regex.Pattern gradeWord;
    private final java.util.regex.Pattern blockScore;
    private final java.util.regex.Pattern blockGrade;
    private final java.util.regex.Pattern unitWan;
    private final java.util.regex.Pattern unitYuan;

    PerformanceTables(PerformanceLayout layout) {
        this.rows = new BlockRows(layout);
        this.title = layout.prose("title");
        this.gradeWord = layout.prose("grade");
        this.blockScore = layout.prose("block_score");
        this.blockGrade = layout.prose("block_grade");
        this.unitWan = layout.prose("unit_wan");
        this.unitYuan = layout.prose("unit_yuan");
    }

    List<PerformanceProject> read(SourceDocument doc, DocumentInfo info, List<ParseIssue> issues, BitSet consumed) {
        List<PerformanceBlock> blocks = new ArrayList<>();
        PerformanceBlock cur = null;
        for (PerformanceRow row : PerformanceRows.of(doc)) {
            // a title holds 自评 (folding only drops characters): rows without both characters are not folded here
            if (row.holds('自') && row.holds('评')) {
                String joined = row.joined();
                Matcher title = this.title.matcher(joined);
                if (joined.length() < 200 && joined.contains("自评") && title.matches()) {
                    cur = PerformanceBlock.open(blocks, row);
                    cur.titleName = YEAR_SUFFIX.matcher(title.group("name")).replaceAll("");
                    continue;
                }
            }
            Optional<String> name = rows.projectName(row);
            if (name.isPresent()) {
                if (cur == null || cur.funds != null) {
                    cur = PerformanceBlock.open(blocks, row);
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
                    rows.header(row, cur);
                }
                if (cur.header != null && joined.contains("资金总额") && rows.isFundsRow(row)) {
                    cur.funds = row;
                }
                continue;
            }
            // 分, 总 and 息 are in the folded row exactly when they are in its cells
            if (cur.score == null && (row.holds('分') || row.holds('总') || row.holds('息')) && rows.isScoreRow(row)) {
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
        for (PerformanceBlock b : blocks) {
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

    private Optional<PerformanceProject> project(PerformanceBlock b, SourceDocument doc, List<ParseIssue> issues) {
        String name = b.name();
        boolean ocr = b.garbledHeader;
        Map<String, String> cells = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>(); // where a cell stands in the row, when read by its header
        List<String> row = b.funds.cells();
        int label = rows.fundsLabel(b.funds);
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
            OcrFundsRow.read(b, tokens, cells, doc, issues, name);
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

        Map<String, BigDecimal> v = FundsReadings.resolve(cells, thousandsRow);
        for (var e : cells.entrySet()) {
            if (!v.containsKey(e.getKey()) && !e.getKey().equals("initial_from_declared")) {
                Integer column = columns.get(e.getKey());
                issues.add(PerformanceIssues.issue(doc, column == null ? b.funds.firstLine() : b.funds.lineOf(column), layoutKey,
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
            issues.add(PerformanceIssues.issue(doc, b.funds.firstLine(), layoutKey, "unknown_unit", "error",
                    "绩效自评 '" + name + "': no unit stated (万元/元); amounts left empty",
                    "绩效自评“" + name + "”：未注明金额单位（万元/元），金额留空", String.join("\t", row)));
        }
        BigDecimal rate = v.get("rate") == null ? null : v.get("rate").movePointLeft(2);
        SelfScore self = SelfScore.of(b, gradeWord, doc, issues, layoutKey, name);
        return Optional.of(new PerformanceProject(doc.docId(), name, yuan(v.get("initial"), unit),
                yuan(v.get("full_year"), unit), yuan(v.get("executed"), unit), rate, self.score(), self.grade(), layoutKey,
                b.firstLine));
    }

    private static BigDecimal yuan(BigDecimal amount, String unit) {
        return amount == null || unit == null ? null : AmountText.toYuan(amount, unit);
    }
}
