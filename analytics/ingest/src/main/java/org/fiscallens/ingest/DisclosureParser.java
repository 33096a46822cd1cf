package org.fiscallens.ingest;

import org.fiscallens.catalog.ClassificationCatalog;
import org.fiscallens.catalog.SubjectResolver;
import org.fiscallens.checks.Check;
import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.CheckSuite;
import org.fiscallens.checks.Tolerances;
import org.fiscallens.ingest.coverage.LineAudit;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.document.DocumentRecognizer;
import org.fiscallens.ingest.narrative.NarrativeExtractor;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.narrative.ProseParagraph;
import org.fiscallens.ingest.narrative.ProseParagraphs;
import org.fiscallens.ingest.performance.PerformanceExtractor;
import org.fiscallens.ingest.performance.PerformanceProject;
import org.fiscallens.ingest.source.DecodedDocument;
import org.fiscallens.ingest.source.DocumentDecoder;
import org.fiscallens.ingest.source.SourceDocument;
import org.fiscallens.ingest.source.UnreadableDocumentException;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableExtraction;
import org.fiscallens.ingest.table.TableExtractor;
import org.fiscallens.ingest.table.TableStatus;
import org.fiscallens.ingest.threepublic.ThreePublicAssembler;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns one disclosure document into normalised records with provenance, checks and issues.
 * Thread-safe and stateless between documents, so a Spark task can call it per document.
 *
 * <p>Steps: decode → recognise → tables → prose (paragraphs cut once, read by the narrative and performance
 * extractors) → performance → 三公 → resolve {@code name:} subjects via the
 * catalog → consistency checks → list every data-looking line nobody consumed.
 *
 * <p>Never throws for bad document content: an unreadable document yields a {@link ParsedDisclosure}
 * whose document has layout {@code unreadable}, no records and an {@code unreadable_document} issue naming
 * the file; a document whose department, year and kind are all unknown gets layout {@code unrecognised}
 * and an {@code unrecognised_document} issue. An extractor that fails on one document is reported as
 * {@code extractor_failed} and the other extractors still run.
 */
public final class DisclosureParser {
    /** Layout key of a document that could not be decoded. */
    public static final String UNREADABLE = "unreadable";
    /** Layout key of a decoded document that is not recognisably a disclosure. */
    public static final String UNRECOGNISED = "unrecognised";
    /**
     * Issue kinds that mean a document, or part of one, was lost: skipped (unreadable, not a disclosure), cut off,
     * or an extractor that failed on it. The ingest command fails a run on them; the warehouse build's
     * {@code --strict} refuses to publish.
     */
    public static final java.util.Set<String> LOST_DOCUMENT_KINDS = java.util.Set.of("unreadable_document",
            "unrecognised_document", "truncated_document", "extractor_failed");

    private final DocumentDecoder decoder;
    private final DocumentRecognizer recognizer;
    private final TableExtractor tables;
    private final NarrativeExtractor narrative;
    private final PerformanceExtractor performance;
    private final ThreePublicAssembler threePublic;
    private final ClassificationCatalog catalog;
    private final SubjectResolver resolver;
    private final CheckSuite checks;
    private final Tolerances tolerances;
    private final LineAudit audit;

    public DisclosureParser(DocumentDecoder decoder, DocumentRecognizer recognizer, TableExtractor tables,
                            NarrativeExtractor narrative, PerformanceExtractor performance,
                            ThreePublicAssembler threePublic, ClassificationCatalog catalog, CheckSuite checks,
                            Tolerances tolerances, LineAudit audit) {
        this.decoder = decoder;
        this.recognizer = recognizer;
        this.tables = tables;
        this.narrative = narrative;
        this.performance = performance;
        this.threePublic = threePublic;
        this.catalog = catalog;
        this.resolver = new SubjectResolver();
        this.checks = checks;
        this.tolerances = tolerances;
        this.audit = audit;
    }

    private static volatile DisclosureParser standard;

    /** The parser with every built-in layout, pattern, catalog entry and check (shared, thread-safe). */
    public static DisclosureParser standard() {
        DisclosureParser p = standard;
        if (p == null) {
            synchronized (DisclosureParser.class) {
                if (standard == null) {
                    standard = new DisclosureParser(DocumentDecoder.standard(), DocumentRecognizer.standard(),
                            TableExtractor.standard(), NarrativeExtractor.standard(), PerformanceExtractor.standard(),
                            new ThreePublicAssembler(), ClassificationCatalog.standard(), CheckSuite.standard(),
                            Tolerances.standard(), LineAudit.standard());
                }
                p = standard;
            }
        }
        return p;
    }

    /** Parses the file at {@code path}; I/O failures are wrapped with their cause. */
    public ParsedDisclosure parse(Path path) {
        try {
            return parse(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read disclosure " + path, e);
        }
    }

    /** Parses {@code bytes} read from {@code path} (the path is kept as provenance only). */
    public ParsedDisclosure parse(String path, byte[] bytes) {
        DecodedDocument decoded;
        try {
            decoded = decoder.decode(path, bytes);
        } catch (UnreadableDocumentException e) {
            String docId = DocumentDecoder.docId(bytes);
            DocumentInfo info = new DocumentInfo(docId, path, null, null, null, null, null, null, null, null,
                    UNREADABLE, null, 0);
            return empty(info, List.of(new ParseIssue(path, docId, 0, null, "unreadable_document", "error",
                    e.getMessage() + " — document skipped", e.messageZh() + "，已跳过此文件", null)));
        }
        return parse(path, decoded);
    }

    /**
     * Parses a document the caller already decoded with a {@link DocumentDecoder} (so its lines can be kept
     * beside the records without decoding twice); {@code path} is provenance only.
     */
    public ParsedDisclosure parse(String path, DecodedDocument decoded) {
        SourceDocument doc = decoded.document();
        List<ParseIssue> issues = new ArrayList<>(decoded.issues());
        DocumentInfo info = recognizer.recognise(doc);
        if (info.departmentName() == null && info.fiscalYear() == null && info.kind() == null) {
            DocumentInfo unrecognised = withLayout(info, UNRECOGNISED);
            issues.add(new ParseIssue(path, info.docId(), 0, null, "unrecognised_document", "error",
                    "no department, fiscal year or budget/final-account kind found in the title block or the text of "
                            + doc.lineCount() + " lines: not a recognisable disclosure — document skipped",
                    "标题和全文 " + doc.lineCount() + " 行中找不到部门、年度或预算/决算类型：不是可识别的预决算公开文件，已跳过",
                    null));
            return empty(unrecognised, issues);
        }
        List<String> missing = new ArrayList<>();
        List<String> missingZh = new ArrayList<>();
        if (info.departmentName() == null) { missing.add("department"); missingZh.add("部门"); }
        if (info.fiscalYear() == null) { missing.add("fiscal year"); missingZh.add("年度"); }
        if (info.kind() == null) { missing.add("kind (预算/决算)"); missingZh.add("类型（预算/决算）"); }
        if (info.sourceUnit() == null) { missing.add("unit (元/万元)"); missingZh.add("金额单位（元/万元）"); }
        if (!missing.isEmpty()) {
            issues.add(new ParseIssue(path, info.docId(), 0, info.layout(), "partly_recognised", "warning",
                    "could not recognise " + String.join(", ", missing) + "; records carry null there",
                    "未能识别" + String.join("、", missingZh) + "，记录中这些字段为空", null));
        }

        BitSet consumed = new BitSet();
        TableExtraction t = run("tables", info, issues, () -> tables.extract(doc, info),
                new TableExtraction(Extraction.empty(), List.of()));
        List<LineItem> items = t.lineItems().records();
        List<TableStatus> tableStatus = t.tables();
        issues.addAll(t.lineItems().issues());
        consumed.or(t.lineItems().consumedLines());

        // the prose is cut into paragraphs once, for the narrative and the performance extractors; failing to cut
        // it is the narrative step failing (the performance extractor then tries, and reports, on its own)
        List<ProseParagraph> prose = run("narrative", info, issues, () -> ProseParagraphs.of(doc), null);
        Extraction<NarrativeFact> n = prose == null ? Extraction.empty()
                : run("narrative", info, issues, () -> narrative.extract(doc, info, prose), Extraction.empty());
        issues.addAll(n.issues());
        consumed.or(n.consumedLines());

        Extraction<PerformanceProject> perf = run("performance", info, issues, () -> performance.extract(doc, info, prose),
                Extraction.empty());
        issues.addAll(perf.issues());
        consumed.or(perf.consumedLines());

        List<ThreePublicExpense> tp = run("three_public", info, issues,
                () -> threePublic.assemble(info, items, n.records()), List.of());

        DocumentInfo finalInfo = "unknown".equals(info.layout()) && items.isEmpty() && !n.records().isEmpty()
                ? withLayout(info, "prose_only") : info;

        ClassificationCatalog enlarged = catalog.withObserved(info.docId(), info.fiscalYear(), ClassificationCatalog.observedIn(items));
        SubjectResolver.Resolution resolved = resolver.resolve(finalInfo, n.records(), enlarged);
        issues.addAll(resolved.issues());
        List<NarrativeFact> facts = distinct(resolved.facts());

        CheckContext ctx = new CheckContext(finalInfo, doc, items, tableStatus, facts, tp,
                List.copyOf(issues), catalog, tolerances);
        List<Check> checkList = run("checks", finalInfo, issues, () -> checks.run(ctx), List.of());

        BitSet reported = new BitSet();
        for (ParseIssue i : issues) {
            if (i.line() > 0) {
                reported.set(i.line());
            }
        }
        issues.addAll(audit.audit(doc, finalInfo, consumed, reported, tableStatus));
        if (!decoded.endsOnSpreadsheetRow()) { // a sheet saved as CSV ends on its last row, note or not
            audit.truncatedInsideTable(doc, finalInfo).ifPresent(issues::add);
        }
        return new ParsedDisclosure(finalInfo, items, tableStatus, facts, tp, perf.records(), checkList, issues);
    }

    /**
     * The facts in order, a fact identical to an earlier one kept once: two narrative patterns can read the same
     * clause alike (and facts resolved to the same subject can coincide), which would also double their checks.
     */
    private static List<NarrativeFact> distinct(List<NarrativeFact> facts) {
        return new ArrayList<>(new LinkedHashSet<>(facts));
    }

    private static <T> T run(String step, DocumentInfo info, List<ParseIssue> issues, Supplier<T> body, T fallback) {
        try {
            T result = body.get();
            return result == null ? fallback : result;
        } catch (RuntimeException | StackOverflowError e) {
            issues.add(new ParseIssue(info.sourcePath(), info.docId(), 0, step, "extractor_failed", "error",
                    step + " failed on this document and its records are missing: " + e,
                    "提取步骤 " + step + " 在此文件上出错，其记录缺失：" + e, null));
            return fallback;
        }
    }

    private static DocumentInfo withLayout(DocumentInfo i, String layout) {
        return new DocumentInfo(i.docId(), i.sourcePath(), i.departmentName(), i.departmentId(), i.province(), i.city(),
                i.county(), i.fiscalYear(), i.kind(), i.sourceUnit(), layout, i.encoding(), i.lineCount());
    }

    private static ParsedDisclosure empty(DocumentInfo info, List<ParseIssue> issues) {
        return new ParsedDisclosure(info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), issues);
    }
}
