package org.fiscallens.ingest.report;

import org.fiscallens.checks.Check;
import org.fiscallens.ingest.DisclosureParser;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The readable report of one document (解析报告): what was recognised, rows per table, the checks (failed
 * first, with expected vs actual and lines), every issue, and every line that looked like data but was not
 * understood, each with its reason. Plain text in Markdown form.
 */
public final class DocumentReport {
    private DocumentReport() {
    }

    public static String render(ParsedDisclosure p) {
        StringBuilder sb = new StringBuilder();
        DocumentInfo d = p.document();
        sb.append("# ").append(d.sourcePath()).append("\n\n");
        boolean skipped = DisclosureParser.UNREADABLE.equals(d.layout()) || DisclosureParser.UNRECOGNISED.equals(d.layout());
        if (skipped) {
            sb.append("**SKIPPED — ").append(d.layout()).append(" document.**\n\n");
            for (ParseIssue i : p.issues()) {
                sb.append("- ").append(i.severity().toUpperCase()).append(' ').append(i.kind()).append(": ")
                        .append(i.message()).append('\n');
            }
            return sb.append('\n').toString();
        }
        recognised(sb, d);
        tables(sb, p);
        records(sb, p);
        checks(sb, p.checks(), d.sourceUnit());
        issues(sb, p.issues());
        unexplained(sb, p.issues());
        return sb.toString();
    }

    private static void recognised(StringBuilder sb, DocumentInfo d) {
        sb.append("## Recognised\n\n");
        row(sb, "doc id", d.docId());
        row(sb, "department", d.departmentName() == null ? "NOT FOUND" : d.departmentName() + "  (id " + d.departmentId() + ")");
        row(sb, "region", String.join(" / ", nz(d.province()), nz(d.city()), nz(d.county())));
        row(sb, "fiscal year", d.fiscalYear() == null ? "NOT FOUND" : d.fiscalYear().toString());
        row(sb, "kind", d.kind() == null ? "NOT FOUND" : d.kind().zh() + " (" + d.kind().key() + ")");
        row(sb, "unit", d.sourceUnit() == null ? "NOT FOUND" : d.sourceUnit() + "  (records carry 元)");
        row(sb, "layout", d.layout());
        row(sb, "encoding", d.encoding() + ", " + d.lineCount() + " lines");
        sb.append('\n');
    }

    private static void tables(StringBuilder sb, ParsedDisclosure p) {
        Map<String, Long> present = p.tables().stream().collect(Collectors.groupingBy(TableStatus::status,
                TreeMap::new, Collectors.counting()));
        sb.append("## Tables (").append(p.tables().size()).append(" known");
        present.forEach((k, v) -> sb.append(", ").append(v).append(' ').append(k));
        sb.append(")\n\n");
        if (p.tables().isEmpty()) {
            sb.append("No statutory table found.\n\n");
            return;
        }
        Map<String, Long> cells = p.lineItems().stream().collect(Collectors.groupingBy(
                i -> i.tableKind() + "|" + i.tableCode(), LinkedHashMap::new, Collectors.counting()));
        sb.append("| code | table kind | title | status | rows | amounts | line |\n|---|---|---|---|---|---|---|\n");
        for (TableStatus t : p.tables()) {
            sb.append("| ").append(nz(t.tableCode())).append(" | ").append(t.tableKind()).append(" | ")
                    .append(nz(t.title())).append(" | ").append(t.status())
                    .append(t.reason() == null ? "" : " (" + t.reason() + ")").append(" | ").append(t.rowCount())
                    .append(" | ").append(cells.getOrDefault(t.tableKind() + "|" + t.tableCode(), 0L))
                    .append(" | ").append(t.titleLine() == 0 ? "—" : String.valueOf(t.titleLine())).append(" |\n");
        }
        sb.append('\n');
    }

    private static void records(StringBuilder sb, ParsedDisclosure p) {
        sb.append("## Records\n\n");
        row(sb, "line items", String.valueOf(p.lineItems().size()));
        row(sb, "narrative facts", p.narrativeFacts().size() + "  " + p.narrativeFacts().stream()
                .collect(Collectors.groupingBy(f -> f.statement() + "/" + f.factKind(), TreeMap::new, Collectors.counting())));
        row(sb, "三公 figures", String.valueOf(p.threePublic().size()));
        row(sb, "performance projects", String.valueOf(p.performanceProjects().size()));
        BigDecimal total = p.lineItems().stream().filter(i -> "total".equals(i.measure()))
                .map(LineItem::amount).max(Comparator.naturalOrder()).orElse(null);
        if (total != null) {
            row(sb, "largest total cell", total.toPlainString() + " 元");
        }
        sb.append('\n');
    }

    private static void checks(StringBuilder sb, List<Check> checks, String unit) {
        long passed = checks.stream().filter(Check::passed).count();
        long warnings = checks.stream().filter(c -> !c.passed() && "warning".equals(c.severity())).count();
        long errors = checks.stream().filter(c -> !c.passed() && "error".equals(c.severity())).count();
        sb.append("## Checks (").append(checks.size()).append(" run: ").append(passed).append(" passed, ")
                .append(warnings).append(" warnings, ").append(errors).append(" errors)\n\n");
        List<Check> failed = checks.stream().filter(c -> !c.passed())
                .sorted(Comparator.comparing((Check c) -> "error".equals(c.severity()) ? 0 : 1)).toList();
        for (Check c : failed) {
            boolean pct = "stated_pct".equals(c.rule());
            sb.append("- **").append(c.severity().toUpperCase()).append("** `").append(c.rule()).append("` ")
                    .append(c.subject()).append(": expected ").append(pct ? num(c.expected()) + "%" : amount(c.expected(), unit))
                    .append(", actual ").append(pct ? num(c.actual()) + "%" : amount(c.actual(), unit))
                    .append(" (tolerance ").append(pct ? num(c.tolerance()) + " points" : amount(c.tolerance(), "元"))
                    .append(") lines ").append(c.lines()).append(" — ").append(c.message()).append('\n');
        }
        if (!failed.isEmpty()) {
            sb.append('\n');
        }
        Map<String, Long> passedByRule = checks.stream().filter(Check::passed)
                .collect(Collectors.groupingBy(Check::rule, TreeMap::new, Collectors.counting()));
        if (!passedByRule.isEmpty()) {
            sb.append("Passed: ");
            sb.append(passedByRule.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", ")));
            sb.append("\n\n");
        }
    }

    private static void issues(StringBuilder sb, List<ParseIssue> issues) {
        List<ParseIssue> shown = issues.stream().filter(i -> !"unexplained_data_line".equals(i.kind())).toList();
        sb.append("## Issues (").append(shown.size()).append(")\n\n");
        for (ParseIssue i : shown) {
            sb.append("- ").append(i.severity().toUpperCase()).append(' ').append(i.kind())
                    .append(i.line() > 0 ? " line " + i.line() : "").append(": ").append(i.message());
            if (i.rawLine() != null) {
                sb.append("\n  > ").append(abbreviate(i.rawLine()));
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static void unexplained(StringBuilder sb, List<ParseIssue> issues) {
        List<ParseIssue> lines = issues.stream().filter(i -> "unexplained_data_line".equals(i.kind())).toList();
        sb.append("## Data-looking lines not understood (").append(lines.size()).append(")\n\n");
        if (lines.isEmpty()) {
            sb.append("None: every line carrying an amount was read by an extractor, reported above, or explained as not a budget figure.\n\n");
            return;
        }
        for (ParseIssue i : lines) {
            sb.append("- line ").append(i.line()).append(": ").append(i.message()).append("\n  > ")
                    .append(abbreviate(i.rawLine())).append('\n');
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append(String.format("- %-20s %s%n", key + ":", value));
    }

    private static String num(BigDecimal d) {
        return d == null ? "—" : d.toPlainString();
    }

    /** An amount in 元 shown in the document's own unit too: 10293700 元 → "1029.37 万元 (10293700 元)". */
    private static String amount(BigDecimal yuan, String unit) {
        if (yuan == null) {
            return "—";
        }
        if ("万元".equals(unit)) {
            return yuan.movePointLeft(4).stripTrailingZeros().toPlainString() + " 万元 (" + yuan.toPlainString() + " 元)";
        }
        return yuan.toPlainString() + " 元";
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    private static String abbreviate(String s) {
        String t = s.replace('\t', '→');
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }
}
