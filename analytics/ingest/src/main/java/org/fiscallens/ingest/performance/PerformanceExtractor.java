package org.fiscallens.ingest.performance;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.ProseParagraph;
import org.fiscallens.ingest.narrative.ProseParagraphs;
import org.fiscallens.ingest.source.AmountText;
import org.fiscallens.ingest.source.SourceDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads project performance self-evaluations (项目支出绩效自评) in every layout it knows: tab tables,
 * OCR'd tables (cells split and moved, {@code 55. 875}, {@code 5, 597}), one-cell-per-line tables, and prose
 * summaries ({@code …项目绩效自评情况：…自评得分为97.4分。项目全年预算数为33.3万元，执行数为33.3万元，完成预算的100%}).
 * A project both tabled and summarised in prose is one record (the table's, completed from the prose).
 * Amounts are read in the unit the table states (项目资金（万元）), in 元. Thread-safe.
 */
public final class PerformanceExtractor {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final PerformanceLayout layout;
    private final PerformanceTables tables;

    private PerformanceExtractor(PerformanceLayout layout) {
        this.layout = layout;
        this.tables = new PerformanceTables(layout);
    }

    public static PerformanceExtractor standard() {
        return new PerformanceExtractor(PerformanceLayout.standard());
    }

    /** The projects of {@code doc} in document order; never throws for bad content. */
    public Extraction<PerformanceProject> extract(SourceDocument doc, DocumentInfo info) {
        return extract(doc, info, null);
    }

    /**
     * As {@link #extract(SourceDocument, DocumentInfo)}, reading prose summaries from {@code paragraphs}
     * ({@link ProseParagraphs#of} of {@code doc}, already cut by the caller), or cutting them when null.
     */
    public Extraction<PerformanceProject> extract(SourceDocument doc, DocumentInfo info, List<ProseParagraph> paragraphs) {
        List<ParseIssue> issues = new ArrayList<>();
        BitSet consumed = new BitSet();
        List<PerformanceProject> fromTables;
        List<PerformanceProject> fromProse;
        try {
            fromTables = tables.read(doc, info, issues, consumed);
            fromProse = prose(doc, paragraphs, consumed);
        } catch (RuntimeException e) {
            issues.add(new ParseIssue(doc.path(), doc.docId(), 0, "performance", "performance_error", "error",
                    "could not read the 绩效自评 of this document: " + e, "无法读取本文件的绩效自评：" + e, null));
            return new Extraction<>(List.of(), issues, consumed);
        }
        return new Extraction<>(merge(fromTables, fromProse), issues, consumed);
    }

    private List<PerformanceProject> prose(SourceDocument doc, List<ProseParagraph> paragraphs, BitSet consumed) {
        List<PerformanceProject> out = new ArrayList<>();
        if (doc.lines().stream().noneMatch(l -> l.contains("自评"))) {
            return out;
        }
        for (ProseParagraph p : paragraphs != null ? paragraphs : ProseParagraphs.of(doc)) {
            if (!p.text().contains("自评情况")) {
                continue;
            }
            Matcher m = layout.prose("summary").matcher(p.text());
            if (!m.find()) {
                continue;
            }
            String unit = m.group("unit");
            Optional<BigDecimal> full = AmountText.parse(m.group("full"));
            Optional<BigDecimal> executed = AmountText.parse(m.group("executed"));
            Optional<BigDecimal> rate = AmountText.parse(m.group("rate"));
            String name = WHITESPACE.matcher(p.rawSlice(m.start("name"), m.end("name"))).replaceAll("");
            out.add(new PerformanceProject(doc.docId(), name, null,
                    full.map(v -> AmountText.toYuan(v, unit)).orElse(null),
                    executed.map(v -> AmountText.toYuan(v, unit)).orElse(null),
                    rate.map(v -> v.movePointLeft(2)).orElse(null), new BigDecimal(m.group("score")), null,
                    "narrative", p.line(m.start("name"))));
            consumed.set(p.firstLine(), p.lastLine() + 1);
        }
        return out;
    }

    /** Folds each prose summary into the table record of the same project, when there is one. */
    static List<PerformanceProject> merge(List<PerformanceProject> tables, List<PerformanceProject> prose) {
        List<PerformanceProject> out = new ArrayList<>(tables);
        for (PerformanceProject p : prose) {
            int match = -1;
            for (int i = 0; i < out.size(); i++) {
                if (sameProject(out.get(i), p)) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                out.add(p);
                continue;
            }
            PerformanceProject t = out.get(match);
            out.set(match, new PerformanceProject(t.docId(), t.projectName(),
                    first(t.initialBudget(), p.initialBudget()), first(t.fullYearBudget(), p.fullYearBudget()),
                    first(t.executed(), p.executed()), first(t.executionRate(), p.executionRate()),
                    first(t.score(), p.score()), first(t.grade(), p.grade()), t.layout(), t.sourceLine()));
        }
        return out;
    }

    private static boolean sameProject(PerformanceProject table, PerformanceProject prose) {
        String a = key(table.projectName());
        String b = key(prose.projectName());
        if (a.equals(b)) {
            return true;
        }
        // the same project under a slightly different name (医保 / 医疗): identical figures and score
        return a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2))
                && same(table.fullYearBudget(), prose.fullYearBudget()) && same(table.executed(), prose.executed())
                && same(table.score(), prose.score());
    }

    private static String key(String name) {
        return name == null ? "" : SPACES.matcher(name).replaceAll("").replace('（', '(').replace('）', ')');
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
