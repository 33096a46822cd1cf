package org.fiscallens.jobs.parse;

import org.fiscallens.checks.Check;
import org.fiscallens.ingest.ParseIssue;
import org.fiscallens.ingest.ParsedDisclosure;
import org.fiscallens.ingest.document.DocumentInfo;
import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.narrative.ReasonTags;
import org.fiscallens.ingest.performance.PerformanceProject;
import org.fiscallens.ingest.table.LineItem;
import org.fiscallens.ingest.table.TableStatus;
import org.fiscallens.ingest.threepublic.ThreePublicExpense;
import org.fiscallens.jobs.warehouse.TableDef;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns one parsed document into warehouse rows (values in contract column order), denormalising
 * {@code department_id}, {@code fiscal_year} and {@code doc_kind} onto every fact so metrics need no joins.
 */
public final class RecordRows implements Serializable {
    /** The record tables the parse stage fills, in load order. */
    public static final List<String> TABLES = List.of("documents", "document_lines", "line_items", "table_status",
            "narrative_facts", "three_public", "performance_projects", "checks", "parse_issues");

    private final Map<String, Columns> tables;

    public RecordRows(WarehouseSchema schema) {
        this.tables = TABLES.stream().collect(Collectors.toMap(t -> t, t -> Columns.of(schema.table(t))));
    }

    /**
     * A record table, its place in {@link #TABLES} and its column names in contract order (a row is built from ~16
     * named values per record). The names are the literals below, so a lookup compares references (the names are
     * interned again when a task deserialises the table on an executor).
     */
    private record Columns(TableDef def, int index, String[] names) implements Serializable {
        Columns {
            names = names.clone();
            for (int i = 0; i < names.length; i++) {
                names[i] = names[i].intern();
            }
        }

        static Columns of(TableDef def) {
            String[] names = new String[def.columns().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = def.columns().get(i).name();
            }
            return new Columns(def, TABLES.indexOf(def.name()), names);
        }

        int position(String column) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == column) {
                    return i;
                }
            }
            return def.index(column); // a name that is not a literal; throws naming the table when undeclared
        }
    }

    /** A row of {@code table} (at {@code tableIndex} in {@link #TABLES}): values in the contract's column order. */
    public record TableRow(String table, int tableIndex, Object[] values) {
    }

    /**
     * Every row of one document, handed to {@code sink} table by table in {@link #TABLES} order: its
     * {@code documents} row, its lines (numbered from 1), then its records in the parser's order.
     */
    public void rows(String path, DocumentText text, ParsedDisclosure parsed, Consumer<TableRow> sink) {
        DocumentInfo info = parsed.document();
        String docId = info != null && info.docId() != null ? info.docId() : text.docId();
        String dept = info == null ? null : info.departmentId();
        Integer year = info == null ? null : info.fiscalYear();
        String kind = info == null || info.kind() == null ? null : info.kind().key();

        Builder d = new Builder("documents").put("doc_id", docId).put("source_path", path)
                .put("encoding", text.encoding()).put("line_count", text.lines().size());
        if (info != null) {
            d.put("department_id", dept).put("department_name", info.departmentName())
                    .put("region", region(info)).put("province", info.province()).put("city", info.city())
                    .put("county", info.county()).put("fiscal_year", year).put("doc_kind", kind)
                    .put("source_unit", info.sourceUnit()).put("layout", info.layout());
            if (info.encoding() != null) {
                d.put("encoding", info.encoding());
            }
        }
        sink.accept(d.row());
        List<String> texts = text.lines();
        for (int i = 0; i < texts.size(); i++) {
            sink.accept(new Builder("document_lines").put("doc_id", docId).put("line_no", i + 1)
                    .put("text", texts.get(i)).row());
        }
        for (LineItem li : parsed.lineItems()) {
            sink.accept(fact("line_items", docId, dept, year).put("doc_kind", kind)
                    .put("table_kind", li.tableKind()).put("table_code", li.tableCode())
                    .put("table_title", li.tableTitle()).put("classification", li.classification())
                    .put("code", li.code()).put("name", li.name()).put("level", li.level())
                    .put("measure", li.measure()).put("column_group", li.columnGroup()).put("amount", li.amount())
                    .put("source_line", li.sourceLine()).put("raw_line", li.rawLine()).row());
        }
        for (TableStatus t : parsed.tables()) {
            sink.accept(fact("table_status", docId, dept, year).put("table_kind", t.tableKind())
                    .put("table_code", t.tableCode()).put("title", t.title()).put("status", t.status())
                    .put("reason", t.reason()).put("title_line", t.titleLine()).put("row_count", t.rowCount()).row());
        }
        Map<String, String> tagsOfReason = new HashMap<>(); // facts of one sentence share its reason
        for (NarrativeFact f : parsed.narrativeFacts()) {
            sink.accept(fact("narrative_facts", docId, dept, year).put("doc_kind", kind)
                    .put("statement", f.statement()).put("subject", f.subject()).put("subject_name", f.subjectName())
                    .put("fact_kind", f.factKind()).put("value", f.value()).put("unit", f.unit())
                    .put("source_line", f.sourceLine()).put("sentence", f.sentence()).put("reason", f.reason())
                    .put("reason_tags", f.reason() == null ? null
                            : tagsOfReason.computeIfAbsent(f.reason(), r -> String.join(",", ReasonTags.tag(r)))).row());
        }
        for (ThreePublicExpense e : parsed.threePublic()) {
            sink.accept(fact("three_public", docId, dept, year).put("doc_kind", kind)
                    .put("category", e.category()).put("measure", e.measure()).put("amount", e.amount())
                    .put("quantity", e.quantity()).put("quantity_unit", e.quantityUnit()).put("source", e.source())
                    .put("source_line", e.sourceLine()).put("raw_line", e.rawLine()).row());
        }
        for (PerformanceProject p : parsed.performanceProjects()) {
            sink.accept(fact("performance_projects", docId, dept, year).put("project_name", p.projectName())
                    .put("initial_budget", p.initialBudget()).put("full_year_budget", p.fullYearBudget())
                    .put("executed", p.executed()).put("execution_rate", p.executionRate()).put("score", p.score())
                    .put("grade", p.grade()).put("layout", p.layout()).put("source_line", p.sourceLine()).row());
        }
        for (Check c : parsed.checks()) {
            List<Integer> lines = c.lines();
            sink.accept(fact("checks", docId, dept, year).put("check_id", c.checkId()).put("rule", c.rule())
                    .put("severity", c.severity()).put("passed", c.passed()).put("expected", c.expected())
                    .put("actual", c.actual()).put("tolerance", c.tolerance())
                    .put("lines", lines.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .put("source_line", lines.isEmpty() ? null : lines.get(0)).put("subject", c.subject())
                    .put("message", c.message()).put("message_zh", c.messageZh()).row());
        }
        for (ParseIssue i : parsed.issues()) {
            sink.accept(new Builder("parse_issues").put("doc_id", i.docId() != null ? i.docId() : docId)
                    .put("file", i.file()).put("line", i.line()).put("layout", i.layout()).put("kind", i.kind())
                    .put("severity", i.severity()).put("message", i.message())
                    .put("message_zh", i.messageZh()).put("raw_line", i.rawLine()).row());
        }
    }

    private static String region(DocumentInfo info) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[]{info.province(), info.city(), info.county()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private Builder fact(String table, String docId, String dept, Integer year) {
        return new Builder(table).put("doc_id", docId).put("department_id", dept).put("fiscal_year", year);
    }

    private final class Builder {
        private final Columns columns;
        private final Object[] values;

        Builder(String table) {
            this.columns = tables.get(table);
            this.values = new Object[columns.def().columns().size()];
        }

        Builder put(String column, Object value) {
            values[columns.position(column)] = value;
            return this;
        }

        TableRow row() {
            return new TableRow(columns.def().name(), columns.index(), values);
        }
    }
}
