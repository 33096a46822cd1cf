package org.fiscallens.checks;

import org.fiscallens.ingest.narrative.NarrativeFact;
import org.fiscallens.ingest.table.TableStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Completeness of the mandated tables (公开表完整性): each table the layout registry expects for the document's
 * kind is present, declared empty with its reason, or missing. A prose-only document that refers to tables
 * published separately (见附表) gets warnings rather than errors, and so does a missing table whose fund the document
 * states it has none of (国有资本经营预算0万元: the table would be empty; leaving it out is a lapse of form, not of
 * figures).
 */
final class MandatedTablesRule implements CheckRule {
    @Override
    public String key() {
        return "mandated_tables";
    }

    @Override
    public List<Check> run(CheckContext ctx) {
        List<Check> out = new ArrayList<>();
        boolean proseOnly = "prose_only".equals(ctx.info().layout());
        for (TableStatus t : ctx.tables()) {
            String code = t.tableCode() == null ? "" : t.tableCode() + " ";
            String name = code + (t.title() == null ? t.tableKind() : t.title());
            List<Integer> lines = t.titleLine() > 0 ? List.of(t.titleLine()) : List.of();
            switch (t.status()) {
                case "present" -> out.add(Comparisons.check(ctx, key(), t.tableKind(), "info", true, null, null, null,
                        lines, new CheckText(name + " present, " + t.rowCount() + " rows",
                                name + " 已列示，" + t.rowCount() + " 行")));
                case "declared_empty" -> out.add(Comparisons.check(ctx, key(), t.tableKind(), "info", true, null, null,
                        null, lines, new CheckText(name + " declared empty" + (t.reason() == null ? "" : ": " + t.reason()),
                                name + " 说明为空表" + (t.reason() == null ? "" : "：" + t.reason()))));
                default -> out.add(missing(ctx, t, name, lines, proseOnly));
            }
        }
        return out;
    }

    /**
     * The document's statement that it has none of the fund a missing table would show ({@code 国有资本经营预算0万元},
     * {@code 本单位无当年国有资本经营预算收支} read as 0): the fact whose statement is the table's kind, a total of 0;
     * null when it states no such thing.
     */
    private static NarrativeFact statedNone(CheckContext ctx, String tableKind) {
        for (NarrativeFact f : ctx.facts()) {
            if (tableKind.equals(f.statement()) && "total".equals(f.subject()) && "amount".equals(f.factKind())
                    && f.value() != null && f.value().signum() == 0) {
                return f;
            }
        }
        return null;
    }

    /**
     * A missing table: an error, or a warning where the text is prose that sends the reader to tables published apart,
     * or where the document states the table's fund is 0 (naming that line: the table it would publish is empty).
     */
    private Check missing(CheckContext ctx, TableStatus t, String name, List<Integer> lines, boolean proseOnly) {
        String kind = ctx.info().kind() == null ? "disclosure" : ctx.info().kind().zh();
        String kindZh = ctx.info().kind() == null ? "预决算公开" : ctx.info().kind().zh();
        if (proseOnly) {
            return Comparisons.check(ctx, key(), t.tableKind(), "warning", false, null, null, null, lines, new CheckText(
                    name + " is missing from this text (the document says its tables are published separately, 见附表)",
                    name + " 缺失：本文本未含此表（文件称表格另附，见附表）"));
        }
        NarrativeFact none = statedNone(ctx, t.tableKind());
        if (none != null) {
            return Comparisons.check(ctx, key(), t.tableKind(), "warning", false, null, null, null,
                    List.of(none.sourceLine()), new CheckText(name + " is missing; the document states its «"
                            + none.subjectName() + "» is 0 (line " + none.sourceLine() + "), so the table would be empty,"
                            + " but a " + kind + " is to publish it all the same, as an empty table with that note",
                            name + " 缺失；文件称其" + none.subjectName() + "为 0（第 " + none.sourceLine() + " 行），此表应为空表，"
                                    + "但" + kindZh + "仍须公开此表（空表并加说明）"));
        }
        return Comparisons.check(ctx, key(), t.tableKind(), "error", false, null, null, null, lines, new CheckText(
                name + " is missing although it is mandated for a " + kind, name + " 缺失，" + kindZh + "公开须含此表"));
    }
}
