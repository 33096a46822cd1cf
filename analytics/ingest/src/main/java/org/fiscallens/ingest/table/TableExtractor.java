package org.fiscallens.ingest.table;

import org.fiscallens.ingest.Extraction;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.source.SourceDocument;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statutory tables of a disclosure by their titles and header rows and reads every numeric
 * cell as a {@link LineItem} in 元. Thread-safe; one instance serves every document.
 *
 * <p>Contract:
 * <ul>
 *   <li>Tables are recognised by the layouts of a {@link TableLayouts} registry (title patterns, header aliases),
 *       never by file name or line number. A title that is only listed (目录, 报表见附表) is not a table.</li>
 *   <li>Amounts are exact and in 元, converted from the table's 单位 line, else from the document's unit
 *       ({@link DocumentInfo#sourceUnit()}), else from the unit most tables of the document state. A table whose
 *       unit cannot be known yields an {@code unknown_unit} issue and no line items.</li>
 *   <li>A cell that looks numeric but is not a well-formed amount yields a {@code malformed_amount} issue (file,
 *       line, layout) and no number; the rest of the row and table is still read.</li>
 *   <li>{@link Extraction#consumedLines()} holds every line explained: titles, table codes, 单位 and 部门名称
 *       lines, header lines, data lines, notes (including 本表无数据 declarations) and table-of-contents lines.</li>
 *   <li>{@link TableExtraction#tables()} gives a status for every table kind mandated for the document's kind and
 *       every kind found or listed.</li>
 *   <li>Never throws for bad content: an internal failure on one document becomes a {@code table_reader_failed}
 *       issue naming the document.</li>
 * </ul>
 */
public final class TableExtractor {
    private static final Pattern PROSE_EMPTY = Pattern.compile("([^，。；,;]*)[，,]\\s*([^，。；,;]*?表)(为|是)空表");

    private final TableLayouts layouts;
    private final TableLocator locator;

    private TableExtractor(TableLayouts layouts) {
        this.layouts = layouts;
        this.locator = new TableLocator(layouts);
    }

    /** The extractor with every built-in table layout registered. */
    public static TableExtractor standard() {
        return new TableExtractor(TableLayouts.standard());
    }

    /** An extractor using the layouts of {@code layouts}. */
    public static TableExtractor with(TableLayouts layouts) {
        return new TableExtractor(layouts);
    }

    /** Reads the tables of {@code doc}; never throws for bad content, reports it as issues instead. */
    public TableExtraction extract(SourceDocument doc, DocumentInfo info) {
        List<ParseIssue> issues = new ArrayList<>();
        BitSet consumed = new BitSet();
        try {
            return read(doc, info, issues, consumed);
        } catch (RuntimeException e) {
            issues.add(new ParseIssue(doc.path(), doc.docId(), 0, null, "table_reader_failed", "error",
                    "the table reader failed on this document (" + e + "); its tables were not read",
                    "表格读取在此文件上出错（" + e + "），其表格未读取", null));
            return new TableExtraction(new Extraction<>(List.of(), issues, consumed), List.of());
        }
    }

    private TableExtraction read(SourceDocument doc, DocumentInfo info, List<ParseIssue> issues, BitSet consumed) {
        List<TableLine> lines = new ArrayList<>(doc.lineCount());
        boolean perCharacter = LayoutUnits.oneColumnPerCharacter(doc.lines());
        for (int i = 1; i <= doc.lineCount(); i++) {
            lines.add(CellSplitter.split(i, doc.line(i), perCharacter));
        }
        String docKind = info == null || info.kind() == null ? null : info.kind().key();
        TableLocator.Located located = locator.locate(lines, docKind);
        consumed.or(located.tocLines());
        String docUnit = documentUnit(info, located.regions());

        List<TableInstance> tables = new ArrayList<>();
        List<TableListReader.Entry> listed = new ArrayList<>();
        TableInstance previous = null;
        WrappedName wrapped = new WrappedName(info == null ? null : info.departmentName());
        CutAmounts cutAmounts = new CutAmounts(lines);
        for (TableRegion region : located.regions()) {
            String unit = region.unit() != null ? region.unit() : docUnit;
            TableReading r = new TableReading(doc, lines, region, unit, region.tableCode(), consumed, issues, wrapped,
                    cutAmounts);
            consumeTitle(r, lines);
            String reader = region.descriptor().reader();
            boolean financial = !reader.equals("toc") && !reader.equals("non_financial");
            TableBody body = TableBody.split(r);
            if (financial && unit == null) {
                r.issue("unknown_unit", "error", region.titleLine(), "neither " + region.title()
                        + " nor the document states a unit (元/万元); its amounts were not read",
                        region.title() + " 和全文都未注明金额单位（元/万元），其金额未读取");
                continue;
            }
            switch (reader) {
                case "toc" -> listed.addAll(TableListReader.read(r, body));
                case "non_financial" -> {
                    body.header.forEach(l -> r.consume(l.number()));
                    body.data.forEach(l -> r.consume(l.number()));
                }
                case "segments" -> SegmentsReader.read(r, body);
                case "three_public" -> ThreePublicReader.read(r, body, docKind);
                default -> RowsReader.read(r, body);
            }
            TableInstance t;
            boolean sameCode = region.tableCode() != null && region.tableCode().equals(previous == null ? null
                    : previous.tableCode);
            if (previous != null && previous.descriptor == region.descriptor()
                    && (sameCode || TitleText.continued(region.title()))) {
                t = previous;
                for (RowDraft d : r.rows) {
                    if (repeats(t, d)) {
                        issues.add(new ParseIssue(doc.path(), doc.docId(), d.line, region.descriptor().key(),
                                "repeated_row", "info", "row '" + d.name + "' repeats on the continuation page of "
                                + region.title() + " with the same amounts; counted once",
                                "“" + d.name + "”行在 " + region.title() + " 的续页上以相同金额重复出现，只计一次",
                                doc.line(d.line)));
                    } else {
                        t.rows.add(d);
                    }
                }
            } else {
                t = new TableInstance(region.descriptor(), region.tableCode(), region.title(), region.titleLine());
                t.rows.addAll(r.rows);
                tables.add(t);
            }
            if (r.declaredEmpty != null && t.declaredEmpty == null) {
                t.declaredEmpty = r.declaredEmpty;
                t.declaredEmptyLine = r.declaredEmptyLine;
            }
            previous = t;
        }
        List<RowDraft> rows = new ArrayList<>();
        tables.forEach(t -> rows.addAll(t.rows));
        CodeResolver.resolve(rows, (d, kind, severity, message, messageZh) -> issues.add(new ParseIssue(doc.path(),
                doc.docId(), d.line, d.region.descriptor().key(), kind, severity, message, messageZh, doc.line(d.line))));
        List<LineItem> items = PositionalVerification.verify(doc, LineItems.of(doc.docId(), tables), docUnit, issues);
        List<TableStatus> statuses = TableStatuses.decide(doc, docKind, layouts, tables, listed,
                proseDeclarations(doc, consumed), issues);
        return new TableExtraction(new Extraction<>(items, issues, consumed), statuses);
    }

    private static void consumeTitle(TableReading r, List<TableLine> lines) {
        TableRegion region = r.region;
        r.consume(region.titleLine());
        for (int i = region.titleLine() + 1; i < region.bodyStart(); i++) {
            if (!lines.get(i - 1).isBlank()) {
                r.consume(i);
            }
        }
        for (int back = region.titleLine() - 1, seen = 0; back >= 1 && seen < 2; back--) {
            String raw = lines.get(back - 1).raw();
            if (raw.isBlank()) {
                continue;
            }
            seen++;
            if (TitleText.tableCode(raw).isPresent() || TitleText.unit(raw).isPresent()) {
                r.consume(back);
            }
        }
    }

    private static boolean repeats(TableInstance t, RowDraft d) {
        return t.rows.stream().anyMatch(o -> java.util.Objects.equals(o.name, d.name)
                && java.util.Objects.equals(o.code, d.code) && o.amounts.size() == d.amounts.size()
                && o.amounts.stream().map(RowDraft.Amount::yuan).toList()
                .equals(d.amounts.stream().map(RowDraft.Amount::yuan).toList()));
    }

    private static String documentUnit(DocumentInfo info, List<TableRegion> regions) {
        if (info != null && info.sourceUnit() != null) {
            return info.sourceUnit();
        }
        Map<String, Integer> votes = new HashMap<>();
        regions.stream().map(TableRegion::unit).filter(u -> u != null).forEach(u -> votes.merge(u, 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<TableStatuses.ProseDeclaration> proseDeclarations(SourceDocument doc, BitSet consumed) {
        List<TableStatuses.ProseDeclaration> out = new ArrayList<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (consumed.get(i) || !doc.line(i).contains("空表")) {
                continue;
            }
            Matcher m = PROSE_EMPTY.matcher(doc.line(i));
            while (m.find()) {
                out.add(new TableStatuses.ProseDeclaration(m.group(2).strip(), m.group(1).strip(), i));
            }
        }
        return out;
    }
}
